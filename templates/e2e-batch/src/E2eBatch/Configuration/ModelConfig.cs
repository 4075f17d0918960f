#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.Models;

namespace E2eBatch.Configuration;

/// <summary>The model block of train_config.yaml: the model in the control plane that training creates versions of.</summary>
internal sealed class ModelConfig
{
    public string Name { get; init; } = "";
    public string License { get; init; } = "";
    public string Description { get; init; } = "";
    public string Audience { get; init; } = "";
    public string UseCases { get; init; } = "";
    public string Limitations { get; init; } = "";
    public string TradeOffs { get; init; } = "";
    public string Ethics { get; init; } = "";
    public List<string> Tags { get; init; } = [];

    /// <summary>The model card fields the control plane creates the model with on the first run.</summary>
    public ModelSpec ToSpec() => new(Name)
    {
        License = License,
        Description = Description,
        Audience = Audience,
        UseCases = UseCases,
        Limitations = Limitations,
        TradeOffs = TradeOffs,
        Ethics = Ethics,
        Tags = Tags,
    };
}
