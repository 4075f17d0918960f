using System.Text;

namespace Modelplane.Pipelines;

/// <summary>Default step names: the step type's name in snake_case, as ZenML names its steps.</summary>
internal static class StepNaming
{
    /// <summary><c>TrainDataSplitter</c> becomes <c>train_data_splitter</c>; <c>ETLLoader</c> becomes <c>etl_loader</c>.</summary>
    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var endsAcronym = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousIsLowerOrDigit || endsAcronym)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Rejects names that would not read well in logs, file names and the CLI.</summary>
    public static void Validate(string name, string what = "Step")
    {
        if (string.IsNullOrWhiteSpace(name) || name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            throw new ArgumentException($"{what} name '{name}' is not valid: use letters, digits, '_', '-' or '.', without spaces.", nameof(name));
        }
    }
}
