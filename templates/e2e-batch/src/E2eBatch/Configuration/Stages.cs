#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>The model stages a pipeline can promote to or read from.</summary>
internal static class Stages
{
    public static readonly IReadOnlyList<string> Targets = ["staging", "production"];

    public static void Validate(string stage, string where)
    {
        if (!Targets.Contains(stage))
        {
            throw new ConfigurationException($"{where}: '{stage}' is not a target stage. Use staging or production.");
        }
    }
}
