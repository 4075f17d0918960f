using Microsoft.ML.Data;

namespace Modelplane.ML.Data;

/// <summary>What a column of the data view is made of: its name, role and the CSV field it is read from.</summary>
internal sealed record BoundColumn(string Name, BoundColumnRole Role, int SourceIndex)
{
    public DataViewType Type => Role switch
    {
        BoundColumnRole.Numeric => NumberDataViewType.Single,
        BoundColumnRole.Label => BooleanDataViewType.Instance,
        _ => TextDataViewType.Instance,
    };
}

/// <summary>How a CSV field becomes a value of the data view.</summary>
internal enum BoundColumnRole
{
    Numeric,
    Text,
    Label,

    /// <summary>Text carried through untouched, such as a row identifier for batch predictions.</summary>
    Passthrough,
}
