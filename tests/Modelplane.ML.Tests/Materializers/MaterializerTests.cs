using Microsoft.ML;
using Microsoft.ML.Data;
using Modelplane.Artifacts;
using Modelplane.Errors;
using Modelplane.Metadata;
using Modelplane.ML.Data;
using Modelplane.ML.Materializers;
using Modelplane.ML.Preprocessing;
using Modelplane.ML.Tests.Support;
using Modelplane.ML.Training;

namespace Modelplane.ML.Tests.Materializers;

public sealed class MaterializerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_data_view_round_trips_with_its_schema_and_values()
    {
        IMaterializer materializer = new DataViewMaterializer();
        var data = BreastCancer.Dataset.Data;
        var path = _temp.File("data.idv");

        materializer.Save(data, path);
        var loaded = (IDataView)materializer.Load(typeof(IDataView), path);

        Assert.True(materializer.CanHandle(data.GetType()));
        Assert.Equal(data.Schema.Select(c => (c.Name, c.Type)), loaded.Schema.Select(c => (c.Name, c.Type)));
        Assert.Equal(data.GetColumn<float>("worst_area"), loaded.GetColumn<float>("worst_area"));
        Assert.Equal(data.GetColumn<bool>("target"), loaded.GetColumn<bool>("target"));
    }

    [Fact]
    public void Saving_the_same_data_view_repeatedly_gives_the_same_bytes()
    {
        IMaterializer materializer = new DataViewMaterializer();
        var data = TrainedModels.Split.Train;
        var paths = Enumerable.Range(0, 5).Select(i => _temp.File($"data{i}.idv")).ToList();

        foreach (var path in paths)
        {
            materializer.Save(data, path);
        }

        var first = File.ReadAllBytes(paths[0]);
        Assert.All(paths.Skip(1), path => Assert.Equal(first, File.ReadAllBytes(path)));
    }

    [Fact]
    public void A_preprocessed_data_view_keeps_its_feature_slot_names()
    {
        IMaterializer materializer = new DataViewMaterializer();
        var features = TrainedModels.Logistic.Preprocessor.Transform(TrainedModels.Split.Test);
        var path = _temp.File("features.idv");

        materializer.Save(features, path);
        var loaded = (IDataView)materializer.Load(typeof(IDataView), path);

        VBuffer<ReadOnlyMemory<char>> names = default;
        loaded.Schema[Preprocessor.FeaturesColumn].GetSlotNames(ref names);
        Assert.Equal("mean_radius", names.DenseValues().First().ToString());
        Assert.Equal(
            features.GetColumn<VBuffer<float>>(Preprocessor.FeaturesColumn).SelectMany(v => v.DenseValues()),
            loaded.GetColumn<VBuffer<float>>(Preprocessor.FeaturesColumn).SelectMany(v => v.DenseValues()));
    }

    [Fact]
    public void Data_view_metadata_has_rows_columns_and_schema_without_reading_the_rows_again()
    {
        IMaterializer materializer = new DataViewMaterializer();
        var data = new CursorCountingView(BreastCancer.Dataset.Data);

        var metadata = materializer.ExtractMetadata(data);

        Assert.Equal(0, data.Cursors);
        Assert.Equal(569, metadata["rows"].AsInteger());
        Assert.Equal(31, metadata["columns"].AsInteger());
        Assert.Equal(MetadataType.Json, metadata["schema"].Type);
        Assert.Contains("{\"name\":\"target\",\"type\":\"Boolean\"}", metadata["schema"].Text);
    }

    [Theory]
    [InlineData(TrainerCatalog.LbfgsLogisticRegression)]
    [InlineData(TrainerCatalog.FastForest)]
    [InlineData(TrainerCatalog.LightGbm)]
    public void A_model_round_trips_with_bit_identical_scores(string trainer)
    {
        IMaterializer materializer = new TrainedModelMaterializer();
        var model = trainer switch
        {
            TrainerCatalog.LbfgsLogisticRegression => TrainedModels.Logistic,
            TrainerCatalog.FastForest => TrainedModels.Forest,
            _ => ModelTrainer.Train(TrainedModels.Split.Train, TrainedModels.Logistic.Preprocessor, TrainerConfig.Of(trainer, ("NumberOfIterations", 20))),
        };
        var path = _temp.File(trainer + ".zip");

        materializer.Save(model, path);
        var loaded = (TrainedModel)materializer.Load(typeof(TrainedModel), path);

        var test = TrainedModels.Split.Test;
        Assert.Equal(model.Score(test).GetColumn<float>("Score"), loaded.Score(test).GetColumn<float>("Score"));
        Assert.Equal(model.Trainer, loaded.Trainer);
        Assert.Equal(model.Hyperparameters, loaded.Hyperparameters);
        Assert.Equal(model.Label, loaded.Label);
        Assert.Equal(model.IsCalibrated, loaded.IsCalibrated);
        Assert.Equal(ArtifactKind.Model, materializer.DefaultKind);
    }

    [Fact]
    public void Saving_the_same_model_twice_gives_the_same_bytes_and_plain_MLNET_can_load_it()
    {
        var first = _temp.File("a.zip");
        var second = _temp.File("b.zip");

        TrainedModels.Logistic.Save(first);
        Thread.Sleep(1100); // zip timestamps have two-second resolution; make sure a clock tick could show
        TrainedModels.Logistic.Save(second);
        var plain = new MLContext().Model.Load(first, out var inputSchema);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.NotNull(inputSchema.GetColumnOrNull("mean_radius"));
        Assert.Equal(
            TrainedModels.Logistic.Score(TrainedModels.Split.Test).GetColumn<float>("Probability"),
            plain.Transform(TrainedModels.Split.Test).GetColumn<float>("Probability"));
    }

    [Fact]
    public async Task Saved_models_preprocessors_and_data_views_record_their_stored_size()
    {
        await using var client = await ModelplaneClient.OpenAsync(_temp.File("store"));
        foreach (var materializer in MLMaterializers.All)
        {
            client.Materializers.Register(materializer);
        }

        foreach (var value in new object[] { TrainedModels.Forest, TrainedModels.Logistic.Preprocessor, TrainedModels.Split.Test })
        {
            var saved = await client.SaveArtifactAsync("value", value);

            Assert.Equal(new FileInfo(await client.GetVerifiedPathAsync(saved)).Length, saved.Metadata["storage_size"].AsInteger());
        }
    }

    [Fact]
    public async Task A_csv_file_is_stored_byte_for_byte_with_its_row_count_and_loads_as_the_verified_stored_file()
    {
        await using var client = await ModelplaneClient.OpenAsync(_temp.File("store"));
        foreach (var materializer in MLMaterializers.All)
        {
            client.Materializers.Register(materializer);
        }

        var source = _temp.WriteCsv("predictions.csv", "row_id,predicted_label\n1,yes\n2,no\n");

        var saved = await client.SaveArtifactAsync("predictions", new CsvFile(source, Rows: 2));
        File.WriteAllText(source, "changed after saving\n");
        var loaded = await client.LoadArtifactAsync<CsvFile>(saved);

        Assert.Equal("row_id,predicted_label\n1,yes\n2,no\n", File.ReadAllText(loaded.Path));
        Assert.Equal(2, saved.Metadata["rows"].AsInteger());
        Assert.Equal("modelplane.ml.csv_file", saved.MaterializerId);
    }

    [Fact]
    public async Task A_csv_file_that_was_never_written_is_named()
    {
        await using var client = await ModelplaneClient.OpenAsync(_temp.File("store"));
        client.Materializers.Register(new CsvFileMaterializer());
        var missing = _temp.File("never_written.csv");

        var error = await Assert.ThrowsAnyAsync<ModelplaneException>(() => client.SaveArtifactAsync("predictions", new CsvFile(missing)));

        Assert.Contains("never_written.csv", error.Message);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void Model_metadata_has_trainer_hyperparameters_and_features()
    {
        IMaterializer materializer = new TrainedModelMaterializer();
        var model = TrainedModels.Forest;

        var metadata = materializer.ExtractMetadata(model);

        Assert.Equal("FastForest", metadata["trainer"].Text);
        Assert.Equal("{\"NumberOfTrees\":\"20\"}", metadata["hyperparameters"].Text);
        Assert.Equal(30, metadata["features"].AsInteger());
        Assert.False(metadata["calibrated"].AsBool());
        Assert.Equal("1", metadata["positive_class"].Text);
    }

    [Fact]
    public void A_preprocessor_round_trips_through_its_materializer()
    {
        IMaterializer materializer = new FittedPreprocessorMaterializer();
        var preprocessor = TrainedModels.Logistic.Preprocessor;
        var path = _temp.File("preprocessor.zip");

        materializer.Save(preprocessor, path);
        var loaded = (FittedPreprocessor)materializer.Load(typeof(FittedPreprocessor), path);

        var test = TrainedModels.Split.Test;
        Assert.Equal(
            preprocessor.Transform(test).GetColumn<VBuffer<float>>(Preprocessor.FeaturesColumn).SelectMany(v => v.DenseValues()),
            loaded.Transform(test).GetColumn<VBuffer<float>>(Preprocessor.FeaturesColumn).SelectMany(v => v.DenseValues()));
        Assert.Equal(30, materializer.ExtractMetadata(preprocessor)["features"].AsInteger());
    }
}
