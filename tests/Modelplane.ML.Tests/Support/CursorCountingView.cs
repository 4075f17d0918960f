using Microsoft.ML;

namespace Modelplane.ML.Tests.Support;

/// <summary>A data view that counts the cursors opened on it, to show which operations read the rows.</summary>
internal sealed class CursorCountingView(IDataView source) : IDataView
{
    public int Cursors { get; private set; }

    public bool CanShuffle => source.CanShuffle;

    public DataViewSchema Schema => source.Schema;

    public long? GetRowCount() => source.GetRowCount();

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null)
    {
        Cursors++;
        return source.GetRowCursor(columnsNeeded, rand);
    }

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null)
    {
        Cursors++;
        return source.GetRowCursorSet(columnsNeeded, n, rand);
    }
}
