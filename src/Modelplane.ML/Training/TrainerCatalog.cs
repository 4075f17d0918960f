using System.Globalization;
using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Modelplane.ML.Preprocessing;

namespace Modelplane.ML.Training;

/// <summary>
/// The binary classification trainers Modelplane can build from configuration. Every trainer is
/// seeded and deterministic, so the same data, parameters and seed give the same model.
/// </summary>
/// <remarks>
/// Linear models and LightGBM train on one thread each: a search runs several trials at once.
/// ML.NET's own tree trainers (FastTree, FastForest, GAM) train one at a time in a process (a global
/// lock in ML.NET), so they get every core instead. With one thread ML.NET starts and awaits a
/// thread-pool task per feature per split, which made a 30-tree fit on 200 rows take about 150 ms
/// instead of about 50 ms. Their thread count does not change the model.
/// </remarks>
public static class TrainerCatalog
{
    /// <summary>L-BFGS logistic regression (calibrated). Scale features first.</summary>
    public const string LbfgsLogisticRegression = "LbfgsLogisticRegression";

    /// <summary>SDCA logistic regression (calibrated). Scale features first.</summary>
    public const string SdcaLogisticRegression = "SdcaLogisticRegression";

    /// <summary>Boosted decision trees (calibrated).</summary>
    public const string FastTree = "FastTree";

    /// <summary>Random forest (not calibrated: it yields a score but no probability).</summary>
    public const string FastForest = "FastForest";

    /// <summary>LightGBM boosted trees (calibrated).</summary>
    public const string LightGbm = "LightGbm";

    /// <summary>Generalised additive model on boosted stumps (calibrated).</summary>
    public const string Gam = "Gam";

    private static readonly Dictionary<string, Func<object>> OptionFactories = new(StringComparer.OrdinalIgnoreCase)
    {
        [LbfgsLogisticRegression] = () => new LbfgsLogisticRegressionBinaryTrainer.Options { NumberOfThreads = 1 },
        [SdcaLogisticRegression] = () => new SdcaLogisticRegressionBinaryTrainer.Options { NumberOfThreads = 1 },
        [FastTree] = () => new FastTreeBinaryTrainer.Options { NumberOfThreads = TreeTrainerThreads },
        [FastForest] = () => new FastForestBinaryTrainer.Options { NumberOfThreads = TreeTrainerThreads },
        [LightGbm] = () => new LightGbmBinaryTrainer.Options { NumberOfThreads = 1, Deterministic = true, Silent = true, Verbose = false, Booster = new GradientBooster.Options() },
        [Gam] = () => new GamBinaryTrainer.Options { NumberOfThreads = TreeTrainerThreads },
    };

    // ML.NET keeps the thread count of the first tree trainer made in a process for all later ones,
    // so every tree trainer must ask for the same number.
    private static int TreeTrainerThreads => Environment.ProcessorCount;

    /// <summary>The trainer names accepted in configuration.</summary>
    public static IReadOnlyList<string> Names { get; } = OptionFactories.Keys.ToList();

    /// <summary>Whether the trainer's model outputs a calibrated <c>Probability</c> column.</summary>
    public static bool IsCalibrated(string trainer) => !string.Equals(Canonical(trainer), FastForest, StringComparison.Ordinal);

    /// <summary>The canonical spelling of a trainer name, failing with the list of names when it is unknown.</summary>
    public static string Canonical(string trainer) =>
        Names.FirstOrDefault(n => string.Equals(n, trainer, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            $"Unknown trainer '{trainer}'. Use one of: {string.Join(", ", Names)}.", nameof(trainer));

    /// <summary>The names of the parameters a trainer accepts (public fields of its ML.NET options, nested ones dotted).</summary>
    public static IReadOnlyList<string> ParameterNames(string trainer) =>
        SettableMembers(OptionFactories[Canonical(trainer)]().GetType(), "").Order(StringComparer.Ordinal).ToList();

    internal static IEstimator<ITransformer> Create(MLContext ml, TrainerConfig config, string labelColumn, int seed)
    {
        var name = Canonical(config.Trainer);
        var options = OptionFactories[name]();
        Set(options, "LabelColumnName", labelColumn);
        Set(options, "FeatureColumnName", Preprocessor.FeaturesColumn);
        if (options is TreeOptions tree)
        {
            tree.Seed = seed;
        }
        else if (options is LightGbmBinaryTrainer.Options lightGbm)
        {
            lightGbm.Seed = seed;
        }

        foreach (var (parameter, value) in config.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Apply(name, options, parameter, value);
        }

        var trainers = ml.BinaryClassification.Trainers;
        IEstimator<ITransformer> trainer = options switch
        {
            LbfgsLogisticRegressionBinaryTrainer.Options o => trainers.LbfgsLogisticRegression(o),
            SdcaLogisticRegressionBinaryTrainer.Options o => trainers.SdcaLogisticRegression(o),
            FastTreeBinaryTrainer.Options o => trainers.FastTree(o),
            FastForestBinaryTrainer.Options o => trainers.FastForest(o),
            LightGbmBinaryTrainer.Options o => trainers.LightGbm(o),
            GamBinaryTrainer.Options o => trainers.Gam(o),
            _ => throw new InvalidOperationException($"No factory for trainer options {options.GetType().Name}."),
        };
        FastTreeForcedCollections.Disable(trainer);
        return trainer;
    }

    private static void Apply(string trainer, object options, string parameter, string value)
    {
        var target = options;
        var path = parameter.Split('.');
        for (var i = 0; i < path.Length - 1; i++)
        {
            target = Member(target.GetType(), path[i])?.GetValue(target)
                ?? throw UnknownParameter(trainer, parameter);
        }

        var member = Member(target.GetType(), path[^1]) ?? throw UnknownParameter(trainer, parameter);
        if (!IsSettable(member.Type))
        {
            throw UnknownParameter(trainer, parameter);
        }

        member.SetValue(target, Convert(trainer, parameter, value, member.Type));
    }

    private static object Convert(string trainer, string parameter, string value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        var text = value.Trim();
        try
        {
            if (target.IsEnum)
            {
                return Enum.Parse(target, text, ignoreCase: true);
            }

            if (target == typeof(bool))
            {
                return bool.Parse(text);
            }

            if (target == typeof(string))
            {
                return text;
            }

            var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if ((target == typeof(int) || target == typeof(long)) && number != Math.Round(number))
            {
                throw new FormatException("an integer is required");
            }

            return System.Convert.ChangeType(number, target, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            throw new ArgumentException(
                $"Parameter '{parameter}' of trainer {trainer} cannot be '{value}': it takes a {target.Name} value ({e.Message}).", nameof(value), e);
        }
    }

    private static ArgumentException UnknownParameter(string trainer, string parameter) => new(
        $"Trainer {trainer} has no parameter '{parameter}'. Its parameters are: {string.Join(", ", ParameterNames(trainer))}.", nameof(parameter));

    private static void Set(object options, string name, object value) => Member(options.GetType(), name)!.SetValue(options, value);

    private static OptionMember? Member(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        if (type.GetField(name, flags) is { } field)
        {
            return new OptionMember(field.FieldType, field.GetValue, field.SetValue);
        }

        return type.GetProperty(name, flags) is { CanRead: true, CanWrite: true } property
            ? new OptionMember(property.PropertyType, property.GetValue, property.SetValue)
            : null;
    }

    private static IEnumerable<string> SettableMembers(Type type, string prefix)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        foreach (var field in type.GetFields(flags))
        {
            if (IsSettable(field.FieldType) && field.Name is not ("LabelColumnName" or "FeatureColumnName" or "ExampleWeightColumnName" or "RowGroupColumnName"))
            {
                yield return prefix + field.Name;
            }
        }

        if (type.GetProperty("Booster", flags) is { } booster && booster.PropertyType.IsClass)
        {
            foreach (var nested in SettableMembers(typeof(GradientBooster.Options), prefix + "Booster."))
            {
                yield return nested;
            }
        }
    }

    private static bool IsSettable(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsPrimitive || target.IsEnum || target == typeof(string) || target == typeof(decimal);
    }

    private sealed record OptionMember(Type Type, Func<object?, object?> GetValue, Action<object?, object?> SetValue);
}
