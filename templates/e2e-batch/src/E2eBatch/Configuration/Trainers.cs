#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>The ML.NET binary-classification trainers the configuration can name.</summary>
internal static class Trainers
{
    public static readonly IReadOnlyList<string> Supported = ["LbfgsLogisticRegression", "FastTree", "FastForest", "LightGbm"];

    public static void Validate(string trainer, string where)
    {
        if (!Supported.Contains(trainer))
        {
            throw new ConfigurationException($"{where}: unknown trainer '{trainer}'. Use one of: {string.Join(", ", Supported)}.");
        }
    }
}
