#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>The data block: the CSV file, its label column and the rows held out for batch inference.</summary>
internal sealed class DataConfig
{
    /// <summary>The CSV file, relative to the project folder.</summary>
    public string Path { get; init; } = "";
    public string LabelColumn { get; init; } = "";

    /// <summary>Columns read as text even though most of their values look like numbers (codes, ids with letters).</summary>
    public List<string> TextColumns { get; init; } = [];
    public double InferenceFraction { get; init; } = 0.05;
    public int Seed { get; init; } = 42;

    public void Validate(string source)
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new ConfigurationException($"{source}: data.path is missing. Set it to the CSV file to use, relative to the project folder.");
        }

        if (string.IsNullOrWhiteSpace(LabelColumn))
        {
            throw new ConfigurationException($"{source}: data.label_column is missing. Set it to the name of the column to predict.");
        }

        if (InferenceFraction is <= 0 or >= 1)
        {
            throw new ConfigurationException($"{source}: data.inference_fraction is {InferenceFraction}; it must be between 0 and 1 (exclusive).");
        }
    }
}
