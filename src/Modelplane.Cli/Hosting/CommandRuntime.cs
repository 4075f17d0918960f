using System.CommandLine;
using Modelplane.Cli.Store;

namespace Modelplane.Cli.Hosting;

/// <summary>What every command shares: the context it runs in and the global <c>--store</c> option.</summary>
internal sealed class CommandRuntime(CliContext context)
{
    public CliContext Context { get; } = context;

    private const string ArtifactsEnvironmentVariable = "MODELPLANE_ARTIFACTS";

    public Option<string?> StoreOption { get; } = new("--store")
    {
        Description = $"The store: a folder (.modelplane), sqlite:<file>, or a server connection string. Default: ${ModelplaneClient.StoreEnvironmentVariable}, else .modelplane/ in this folder or a parent.",
        Recursive = true,
    };

    /// <summary>A <c>--json</c> option for a read command.</summary>
    public static Option<bool> JsonOption() => new("--json")
    {
        Description = "Write JSON (camelCase, documented in docs/cli.md) instead of a table.",
    };

    /// <summary>Locates the store, opens it and runs <paramref name="action"/> with the client.</summary>
    public async Task<int> WithClientAsync(ParseResult parse, Func<ModelplaneClient, Task<int>> action, CancellationToken cancellationToken)
    {
        StoreProviderRegistration.RegisterAll();
        var store = StoreLocator.Locate(parse.GetValue(StoreOption), Context);
        var builder = ModelplaneClient.CreateBuilder(store);
        if (Context.GetEnvironmentVariable(ArtifactsEnvironmentVariable) is { Length: > 0 } artifacts)
        {
            // Read through the context, like $MODELPLANE_STORE, so the artifact location of a team store follows the same rules.
            builder = builder.UseArtifactStore(artifacts);
        }

        await using var client = await builder.BuildAsync(cancellationToken).ConfigureAwait(false);
        return await action(client).ConfigureAwait(false);
    }
}
