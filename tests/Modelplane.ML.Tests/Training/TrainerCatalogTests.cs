using Microsoft.ML;
using Modelplane.ML.Training;

namespace Modelplane.ML.Tests.Training;

public sealed class TrainerCatalogTests
{
    [Theory]
    [InlineData(TrainerCatalog.FastTree, false)]
    [InlineData(TrainerCatalog.FastForest, false)]
    [InlineData(TrainerCatalog.LightGbm, null)]
    [InlineData(TrainerCatalog.LbfgsLogisticRegression, null)]
    public void FastTree_family_trainers_do_not_force_full_garbage_collections_on_every_fit(string trainer, bool? forcesCollections)
    {
        var estimator = TrainerCatalog.Create(new MLContext(1), TrainerConfig.Of(trainer), "label", seed: 1);

        // For a FastTree-family trainer, null would mean ML.NET renamed the switch and every fit forces three gen-2 collections again.
        Assert.Equal(forcesCollections, FastTreeForcedCollections.IsEnabled(estimator));
    }
}
