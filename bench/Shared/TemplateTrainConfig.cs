using Modelplane.ML.Preprocessing;
using Modelplane.ML.Tuning;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Modelplane.Bench.Shared;

/// <summary>
/// The parts of a generated project's configs/train_config.yaml (or the template's own) that decide
/// the ML work: data, split, preprocessing, the search and the quality gates. Benches read them from
/// the file so they follow any change to the shipped defaults.
/// </summary>
internal sealed class TemplateTrainConfig
{
    public DataSection Data { get; init; } = new();

    public StepsSection Steps { get; init; } = new();

    public ParametersSection Parameters { get; init; } = new();

    public PreprocessingOptions Preprocessing => new()
    {
        MissingValues = Steps.TrainDataPreprocessor.DropNa ? MissingValuePolicy.Drop : MissingValuePolicy.Impute,
        Normalization = Steps.TrainDataPreprocessor.Normalize ? Normalization.MinMax : Normalization.None,
        DropColumns = Steps.TrainDataPreprocessor.DropColumns,
    };

    public static TemplateTrainConfig Load(string path)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        using var reader = File.OpenText(path);
        var config = deserializer.Deserialize<TemplateTrainConfig>(reader);
        if (config.Parameters.ModelSearchSpace.Count == 0)
        {
            throw new InvalidOperationException($"'{path}' has no parameters.model_search_space; point the bench at a train_config.yaml with hyperparameter tuning on.");
        }

        return config;
    }

    internal sealed class DataSection
    {
        public string Path { get; init; } = "data/breast_cancer.csv";

        public string LabelColumn { get; init; } = "target";

        public double InferenceFraction { get; init; } = 0.05;

        public int Seed { get; init; } = 42;
    }

    internal sealed class StepsSection
    {
        public SplitterSection TrainDataSplitter { get; init; } = new();

        public PreprocessorSection TrainDataPreprocessor { get; init; } = new();

        public SearchSection HpTuningSingleSearch { get; init; } = new();

        public EvaluatorSection ModelEvaluator { get; init; } = new();
    }

    internal sealed class SplitterSection
    {
        public double TestSize { get; init; } = 0.2;
    }

    internal sealed class PreprocessorSection
    {
        public bool DropNa { get; init; } = true;

        public bool Normalize { get; init; } = true;

        public List<string> DropColumns { get; init; } = [];
    }

    internal sealed class SearchSection
    {
        public int Trials { get; init; } = 10;

        public int CrossValidationFolds { get; init; } = 3;
    }

    internal sealed class EvaluatorSection
    {
        public double MinTrainAccuracy { get; init; } = 0.8;

        public double MinTestAccuracy { get; init; } = 0.8;
    }

    internal sealed class ParametersSection
    {
        public Dictionary<string, TrainerSearchSpace> ModelSearchSpace { get; init; } = [];
    }
}
