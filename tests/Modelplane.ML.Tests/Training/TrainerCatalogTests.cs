using Microsoft.ML;
using Modelplane.ML.Training;

namespace Modelplane.ML.Tests.Training;

public sealed class TrainerCatalogTests
{
    [Theory]
    [InlineData(TrainerCatalog.FastTree)]
    [InlineData(TrainerCatalog.FastForest)]
    public void FastTree_family_trainers_do_not_force_full_garbage_collections_on_every_fit(string trainer)
    {
        var estimator = TrainerCatalog.Create(new MLContext(1), TrainerConfig.Of(trainer), "label", seed: 1);

        // Null would mean ML.NET renamed the switch and every fit forces three gen-2 collections again.
        Assert.False(FastTreeForcedCollections.IsEnabled(estimator));
    }

    [Theory]
    [InlineData(TrainerCatalog.LightGbm)]
    [InlineData(TrainerCatalog.LbfgsLogisticRegression)]
    public void Other_trainers_have_no_forced_collections_to_turn_off(string trainer)
    {
        var estimator = TrainerCatalog.Create(new MLContext(1), TrainerConfig.Of(trainer), "label", seed: 1);

        Assert.Null(FastTreeForcedCollections.IsEnabled(estimator));
    }
}
