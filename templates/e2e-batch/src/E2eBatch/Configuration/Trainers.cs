#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.ML.Training;

namespace E2eBatch.Configuration;

/// <summary>The ML.NET binary-classification trainers the configuration can name.</summary>
internal static class Trainers
{
    public static void Validate(string trainer, string where)
    {
        if (!TrainerCatalog.Names.Contains(trainer))
        {
            throw new ConfigurationException($"{where}: unknown trainer '{trainer}'. Use one of: {string.Join(", ", TrainerCatalog.Names)}.");
        }
    }
}
