#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane;

namespace E2eBatch.Configuration;

/// <summary>The store block: where the model control plane keeps its metadata and artifacts.</summary>
internal sealed class StoreConfig
{
    /// <summary>Empty for the embedded SQLite store under the project; a PostgreSQL connection string for the team store.</summary>
    public string Url { get; init; } = "";

    /// <summary>
    /// The store to open: $MODELPLANE_STORE when set (so credentials stay out of the repository), else
    /// <see cref="Url"/>, else .modelplane/ under the project folder.
    /// </summary>
    public string Resolve(string projectFolder) =>
        Environment.GetEnvironmentVariable(ModelplaneClient.StoreEnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : Url.Length > 0 ? Url
        : Path.Combine(projectFolder, ModelplaneClient.DefaultStoreFolder);
}
