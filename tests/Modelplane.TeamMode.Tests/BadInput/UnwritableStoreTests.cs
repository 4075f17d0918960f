using System.Diagnostics;
using Modelplane.Errors;
using Modelplane.Storage.Providers;
using Modelplane.TeamMode.Tests.Infrastructure;

namespace Modelplane.TeamMode.Tests.BadInput;

/// <summary>
/// Store folders Modelplane cannot use. The tests run as root, where permission bits block nothing,
/// so they use what stops root too: a path whose parent is a regular file, and the immutable
/// attribute (<c>chattr +i</c>, skipped where the file system or container does not allow it).
/// </summary>
public sealed class UnwritableStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        Chattr("-i", _folder.Path, recursive: true);
        _folder.Dispose();
    }

    [Fact]
    public async Task A_store_folder_under_a_regular_file_is_a_clear_error_naming_it_and_creates_nothing()
    {
        var file = Path.Combine(_folder.Path, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        var store = Path.Combine(file, ".modelplane");

        var error = await Assert.ThrowsAnyAsync<ModelplaneException>(() => ModelplaneClient.OpenAsync(store));

        Assert.Contains(store, error.Message);
        Assert.Equal([file], Directory.GetFileSystemEntries(_folder.Path));
        Assert.Equal("x", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public void An_artifact_folder_under_a_regular_file_is_a_clear_error_naming_it()
    {
        var file = Path.Combine(_folder.Path, "not-a-folder");
        File.WriteAllText(file, "x");
        var artifacts = Path.Combine(file, "artifacts");

        var error = Assert.Throws<ModelplaneException>(() => ArtifactStoreProviders.Open(artifacts));

        Assert.Contains(artifacts, error.Message);
    }

    [SkippableFact]
    public async Task Saving_into_an_immutable_store_fails_naming_the_folder_and_records_nothing()
    {
        var store = Path.Combine(_folder.Path, "store");
        await using (var setup = await ModelplaneClient.OpenAsync(store))
        {
            await setup.SaveArtifactAsync("kept", "before");
        }

        var artifacts = Path.Combine(store, "artifacts");
        Skip.IfNot(Chattr("+i", Path.Combine(artifacts, "staging"), recursive: false), "chattr +i is not available here (file system or container without CAP_LINUX_IMMUTABLE).");

        await using var client = await ModelplaneClient.OpenAsync(store);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.SaveArtifactAsync("blocked", "after"));

        Assert.Contains(artifacts, error.Message);
        Assert.Empty(await client.ListArtifactVersionsAsync("blocked"));
        Assert.Equal("before", await client.LoadArtifactAsync<string>(await client.GetArtifactAsync("kept")));
    }

    private static bool Chattr(string flag, string path, bool recursive)
    {
        try
        {
            var start = new ProcessStartInfo("chattr") { RedirectStandardError = true, RedirectStandardOutput = true };
            if (recursive)
            {
                start.ArgumentList.Add("-R");
            }

            start.ArgumentList.Add(flag);
            start.ArgumentList.Add(path);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
