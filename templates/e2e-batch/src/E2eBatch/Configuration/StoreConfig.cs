#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>The store block: where the model control plane keeps its metadata and artifacts.</summary>
internal sealed class StoreConfig
{
    /// <summary>The environment variable that, when set, overrides <see cref="Url"/>.</summary>
    public const string UrlVariable = "MODELPLANE_STORE_URL";

    /// <summary>Empty for the embedded SQLite store under the project; a PostgreSQL connection string for the team store.</summary>
    public string Url { get; init; } = "";

    public string ResolveUrl() =>
        Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : Url;
}
