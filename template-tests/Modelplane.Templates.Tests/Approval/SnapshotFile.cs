namespace Modelplane.Templates.Tests.Approval;

/// <summary>One file of a snapshot: its path relative to the generated project, with '/' separators, and its text.</summary>
internal sealed record SnapshotFile(string Path, string Text);
