namespace Modelplane.Cli.Output.Documents;

/// <summary>What <c>artifact export --json</c> wrote.</summary>
internal sealed record ExportDocument(Guid Id, string Name, int Version, string Path, string ContentHash, long Size);
