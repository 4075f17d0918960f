#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.Models;

namespace E2eBatch.Configuration;

/// <summary>The model stages a pipeline can promote to or read from: staging and production.</summary>
internal static class TargetStage
{
    public static Stage Parse(string stage, string where) => stage switch
    {
        "staging" => Stage.Staging,
        "production" => Stage.Production,
        _ => throw new ConfigurationException($"{where}: '{stage}' is not a target stage. Use staging or production."),
    };
}
