#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Steps.Etl;

/// <summary>Splits the training rows into a training and a test split.</summary>
internal sealed class TrainDataSplitter
{
    public (Dataset Train, Dataset Test) Run(Dataset dataset, double testSize, int seed)
    {
        var shuffled = dataset.Rows.ToArray();
        new Random(seed).Shuffle(shuffled);
        var testCount = (int)Math.Round(shuffled.Length * testSize);
        return (dataset with { Name = "raw_dataset_trn", Rows = shuffled[testCount..] },
                dataset with { Name = "raw_dataset_tst", Rows = shuffled[..testCount] });
    }
}
