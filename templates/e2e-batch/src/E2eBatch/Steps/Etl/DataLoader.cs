#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Configuration;

namespace E2eBatch.Steps.Etl;

/// <summary>
/// Loads the CSV file and returns the training rows, or, for inference, the rows held out from training
/// (without the label column). The same file, fraction and seed give the same split in both pipelines.
/// </summary>
internal sealed class DataLoader
{
    public Dataset Run(DataConfig data, string projectFolder, bool isInference)
    {
        var path = Path.Combine(projectFolder, data.Path);
        if (!File.Exists(path))
        {
            throw new ConfigurationException($"The data file '{path}' (data.path) does not exist.");
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            throw new ConfigurationException($"The data file '{path}' is empty; it needs a header row and data rows.");
        }

        var columns = lines[0].Split(',');
        var rows = lines.Skip(1).Where(line => line.Length > 0).Select(line => line.Split(',')).ToList();
        var indices = Enumerable.Range(0, rows.Count).ToArray();
        new Random(data.Seed).Shuffle(indices);
        var holdOut = indices[..(int)(rows.Count * data.InferenceFraction)].ToHashSet();
        var selected = rows.Where((_, index) => holdOut.Contains(index) == isInference).ToList();
        return new Dataset(isInference ? "inference_dataset" : "dataset", columns, selected);
    }
}
