#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Configuration;
using Modelplane;
using Modelplane.ML.Materializers;
using Modelplane.Storage;
#if (teamStore)
using Modelplane.PostgreSql;
using Modelplane.S3;
#endif

namespace E2eBatch;

/// <summary>Opens the model control plane store the configuration names, with the ML.NET materializers registered.</summary>
internal static class ModelplaneStore
{
    public static Task<ModelplaneClient> OpenAsync(StoreConfig config, string projectFolder, CancellationToken cancellationToken = default) =>
        OpenAsync(config.Resolve(projectFolder), cancellationToken);

    /// <summary>Opens <paramref name="store"/>: a folder, <c>sqlite:&lt;file&gt;</c>, or (team store) a PostgreSQL connection string or URL.</summary>
    public static Task<ModelplaneClient> OpenAsync(string store, CancellationToken cancellationToken = default)
    {
#if (teamStore)
        // postgres:// URLs and Host=… connection strings for metadata; s3://bucket/prefix in $MODELPLANE_ARTIFACTS for artifacts.
        PostgreSqlStore.Register();
        S3ArtifactStore.Register();
#endif
        return ModelplaneClient.CreateBuilder(store)
            .ConfigureMaterializers(registry =>
            {
                foreach (var materializer in MLMaterializers.All)
                {
                    registry.Register(materializer);
                }
            })
            .BuildAsync(cancellationToken);
    }

    /// <summary>The store as it may be printed: passwords in connection strings and URLs are replaced by ***.</summary>
    public static string Describe(string store) => StoreRedaction.Redact(store);
}
