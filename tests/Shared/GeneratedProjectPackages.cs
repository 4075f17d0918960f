namespace Modelplane.Testing;

/// <summary>
/// A NuGet packages folder for generated projects: fresh per test run, so the bundled Modelplane
/// packages restored into it are the ones just packed, never a stale copy with the same version;
/// every other package is a link into the user's packages folder, so nothing is downloaded twice.
/// Shared as source by the test projects (tests/Shared).
/// </summary>
internal static class GeneratedProjectPackages
{
    /// <summary>Creates <paramref name="folder"/> with a link to each of the user's packages except Modelplane's.</summary>
    public static string CreateFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        var userPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        if (!Directory.Exists(userPackages))
        {
            return folder;
        }

        foreach (var package in Directory.GetDirectories(userPackages))
        {
            var id = Path.GetFileName(package);
            if (!id.StartsWith("modelplane", StringComparison.OrdinalIgnoreCase))
            {
                Directory.CreateSymbolicLink(Path.Combine(folder, id), package);
            }
        }

        return folder;
    }
}
