using System.Diagnostics;
using System.Text.RegularExpressions;
using Modelplane.Runs;
using Modelplane.Templates.Tests.Infrastructure;

namespace Modelplane.Templates.Tests.BadInput;

/// <summary>
/// The generated app, run as a user runs it, on each kind of bad input: it exits non-zero with one clear message on
/// stderr that names the file, row, column, model, version or store and says what to do, prints no stack trace, and
/// leaves no new model version and no new completed run in the store.
/// </summary>
[Collection(TemplatePackCollection.Name)]
public sealed partial class BadInputTests(TemplatePackFixture pack, BadInputProject project) : IClassFixture<BadInputProject>, IAsyncLifetime
{
    private const string Model = BadInputProject.Model;
    private const string DataPath = "path: data/breast_cancer.csv";

    public Task InitializeAsync() => project.EnsureReadyAsync(pack);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public Task A_missing_data_file_is_named() =>
        TrainFailsAsync("missing", "cases/no_such_file.csv", "no_such_file.csv", "does not exist", "Check the path in your configuration");

    [Fact]
    public Task An_empty_data_file_asks_for_a_header() =>
        TrainFailsAsync("empty", WriteRawDataFile("empty.csv", ""), "empty.csv", "is empty", "header row");

    [Fact]
    public Task A_missing_label_column_lists_the_columns() =>
        TrainFailsAsync("nolabel", project.WriteDataFile("nolabel.csv", rows => rows.Select(r => r[..^1])),
            "nolabel.csv", "has no label column 'target'", "'mean_radius'", "Set the label to one of them");

    [Fact]
    public Task A_label_with_three_classes_lists_them() =>
        TrainFailsAsync("nonbinary", project.WriteDataFile("nonbinary.csv", rows => rows.Select((r, i) => i == 5 ? [.. r[..^1], "2"] : r)),
            "nonbinary.csv", "label column 'target'", "3 distinct value(s)", "'2' (1 rows)", "exactly two classes");

    [Fact]
    public Task A_ragged_row_names_row_and_line() =>
        TrainFailsAsync("ragged", project.WriteDataFile("ragged.csv", rows => rows.Select((r, i) => i == 7 ? r[..^3] : r)),
            "ragged.csv", "Row 7 (line 8)", "has 28 field(s) but the header has 31", "Fix that row");

    [Fact]
    public Task Text_in_a_numeric_column_of_training_data_names_row_column_and_value() =>
        TrainFailsAsync("traintext", project.WriteDataFile("train_text.csv", rows => rows.Select((r, i) => i == 9 ? r.Select((f, c) => c == 3 ? "big" : f).ToArray() : r)),
            "train_text.csv", "Row 9 (line 10)", "column 'mean_area'", "'big' is not a number", "list it among the text columns");

    [Fact]
    public Task Inference_data_missing_a_column_the_model_was_trained_with_names_it() =>
        InferFailsAsync("missingcol", project.WriteDataFile("missing_column.csv", rows => rows.Select(r => r.Where((_, c) => c != 3).ToArray())),
            "missing_column.csv", "lacks the column(s) 'mean_area' that the model was trained with", "Add the missing columns");

    [Fact]
    public Task Text_in_a_numeric_column_of_inference_data_names_row_column_and_value() =>
        InferFailsAsync("text", project.WriteDataFile("text_in_numbers.csv", rows => rows.Select((r, i) => i == 9 ? r.Select((f, c) => c == 3 ? "big" : f).ToArray() : r)),
            "text_in_numbers.csv", "Row 9 (line 10)", "column 'mean_area'", "'big' is not a number", "Fix the value");

    [Fact]
    public async Task An_unknown_model_is_named()
    {
        var config = project.WriteConfig("inference_config.yaml", "infer_unknown_model.yaml", ($"name: {Model}", "name: no_such_model"));

        await FailsWithoutNewVersionsAsync("unknown_model", ["infer", "--config", config], "Model 'no_such_model' does not exist", "run training first");
    }

    [Fact]
    public async Task An_empty_stage_is_named_with_how_to_fill_it()
    {
        var config = project.WriteConfig("inference_config.yaml", "infer_production.yaml", ("version: staging", "version: production"));

        await FailsWithoutNewVersionsAsync("empty_stage", ["infer", "--config", config],
            $"Model '{Model}' has no version in stage 'production'", $"modelplane model version update {Model} <version> --stage production");
    }

    [Fact]
    public async Task A_version_that_is_not_a_stage_is_a_configuration_error_naming_the_file_and_key()
    {
        // Batch inference picks its version by stage (model.version in inference_config.yaml); a number is refused up front.
        var config = project.WriteConfig("inference_config.yaml", "infer_version_7.yaml", ("version: staging", "version: 7"));

        var result = await FailsWithoutNewVersionsAsync("version_7", ["infer", "--config", config], "infer_version_7.yaml", "model.version: '7' is not a target stage", "Use staging or production");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task A_store_path_that_is_a_file_is_named()
    {
        var file = Path.Combine(project.NewCaseFolder("store_is_file", "store"), "store.txt");
        await File.WriteAllTextAsync(file, "not a store");

        var result = await project.RunAsync(file, "train");

        AssertFailsCleanly(result, $"Cannot create the Modelplane store folder '{file}'");
        Assert.Equal("not a store", await File.ReadAllTextAsync(file));
    }

    [SkippableFact]
    public async Task A_new_store_in_a_read_only_folder_is_named()
    {
        var store = project.NewCaseFolder("read_only_new", "store");
        using (ReadOnlyFolder.Apply(store))
        {
            var result = await project.RunAsync(store, "train");

            AssertFailsCleanly(result, Path.Combine(store, "artifacts"), "this user can write to");
        }

        Assert.Empty(Directory.GetFileSystemEntries(store));
    }

    [SkippableFact]
    public async Task A_read_only_store_is_named_and_gains_no_version()
    {
        var store = project.CopyOfTrainedStore("read_only_store");
        var before = await StoreCountsAsync(store);
        using (ReadOnlyFolder.Apply(store))
        {
            var result = await project.RunAsync(store, "train");

            AssertFailsCleanly(result, Path.Combine(store, "modelplane.db"), "readable and writable by this user");
        }

        Assert.Equal(before, await StoreCountsAsync(store));
    }

    [Fact]
    public async Task A_tampered_model_artifact_stops_inference_and_training_naming_the_artifact()
    {
        var (store, file) = await TamperedStoreAsync("tampered");
        var before = await StoreCountsAsync(store);

        var inference = await project.RunAsync(store, "infer");
        AssertFailsCleanly(inference, "Artifact 'model' version 1 is corrupt", file, "Do not edit files in the artifact store", "train --no-cache");

        // Training reuses the cached model and meets the same corrupt file; it must not make a version from it.
        var training = await project.RunAsync(store, "train");
        AssertFailsCleanly(training, "Artifact 'model' version 1 is corrupt", file, $"dotnet run --project src/{BadInputProject.Name} -- train --no-cache");
        Assert.Equal(before, await StoreCountsAsync(store));
    }

    [Fact]
    [Trait("Tier", "Full")]
    public async Task After_a_tampered_artifact_training_without_the_cache_as_the_message_says_repairs_the_store()
    {
        var (store, file) = await TamperedStoreAsync("tampered_repair");

        (await project.RunAsync(store, "train", "--no-cache")).EnsureSuccess();
        (await project.RunAsync(store, "infer")).EnsureSuccess();

        Assert.Equal(2, (await StoreCountsAsync(store)).Versions);
        await using var repaired = File.OpenRead(file);
        Assert.Equal(Path.GetFileName(file), Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(repaired)));
    }

    /// <summary>A copy of the trained store in which one byte of version 1's <c>model</c> artifact file is changed.</summary>
    private async Task<(string Store, string File)> TamperedStoreAsync(string caseName)
    {
        var store = project.CopyOfTrainedStore(caseName);
        string file;
        await using (var client = await ModelplaneClient.CreateBuilder(store).BuildAsync())
        {
            var model = await client.GetLinkedArtifactAsync(await client.GetVersionAsync(Model, "staging"), "model");
            file = await client.ArtifactStore.GetLocalPathAsync(model.ContentHash);
        }

        File.SetAttributes(file, FileAttributes.Normal);
        await using (var stream = File.OpenWrite(file))
        {
            stream.Position = 100;
            stream.WriteByte((byte)'X');
        }

        return (store, file);
    }

    private async Task TrainFailsAsync(string caseName, string dataPath, params string[] mentions)
    {
        var config = project.WriteConfig("train_config.yaml", $"train_{caseName}.yaml", (DataPath, $"path: {dataPath}"));
        await FailsWithoutNewVersionsAsync(caseName, ["train", "--config", config], [.. mentions, $"{Model}_training failed in step 'data_loader'"]);
    }

    private async Task InferFailsAsync(string caseName, string dataPath, params string[] mentions)
    {
        var config = project.WriteConfig("inference_config.yaml", $"infer_{caseName}.yaml", (DataPath, $"path: {dataPath}"));
        await FailsWithoutNewVersionsAsync(caseName, ["infer", "--config", config], [.. mentions, $"{Model}_batch_inference failed in step 'inference_data_loader'"]);
    }

    private async Task<ProcessResult> FailsWithoutNewVersionsAsync(string caseName, string[] arguments, params string[] mentions)
    {
        var store = project.CopyOfTrainedStore(caseName);
        var before = await StoreCountsAsync(store);

        var result = await project.RunAsync(store, arguments);

        AssertFailsCleanly(result, mentions);
        Assert.Equal(before, await StoreCountsAsync(store));
        return result;
    }

    private string WriteRawDataFile(string fileName, string content)
    {
        var path = Path.Combine(project.NewCaseFolder(Path.GetFileNameWithoutExtension(fileName), "data"), fileName);
        File.WriteAllText(path, content);
        return Path.GetRelativePath(project.Folder, path);
    }

    private static void AssertFailsCleanly(ProcessResult result, params string[] mentions)
    {
        Assert.True(result.ExitCode != 0, $"Expected a failure.\n{result.Describe()}");
        var error = Assert.Single(ErrorLine().Matches(result.StandardError)).Value;
        foreach (var mention in mentions)
        {
            Assert.True(error.Contains(mention, StringComparison.Ordinal), $"The error does not mention \"{mention}\".\n{result.Describe()}");
        }

        Assert.False(StackFrame().IsMatch(result.StandardError + result.StandardOutput), $"A stack trace was printed.\n{result.Describe()}");
        Assert.DoesNotContain("Unhandled exception", result.StandardError);
    }

    /// <summary>The model versions and the completed (or cached) runs in the store.</summary>
    private static async Task<(int Versions, int SuccessfulRuns)> StoreCountsAsync(string store)
    {
        await using var client = await ModelplaneClient.CreateBuilder(store).BuildAsync();
        var versions = 0;
        foreach (var model in await client.ListModelsAsync())
        {
            versions += (await client.ListVersionsAsync(model.Name)).Count;
        }

        var runs = (await client.ListRunsAsync()).Count(run => run.Status is RunStatus.Completed or RunStatus.Cached);
        return (versions, runs);
    }

    [GeneratedRegex(@"(?m)^error: .*$")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"(?m)^\s+at \S+\(.*\)|--- End of stack trace")]
    private static partial Regex StackFrame();

    /// <summary>
    /// Makes a folder and everything in it unwritable, also for root: tests run as root here, and root ignores file
    /// modes, so as root this sets the immutable attribute (chattr +i, ext4 and similar); otherwise it removes the write bits.
    /// </summary>
    private sealed class ReadOnlyFolder : IDisposable
    {
        private readonly string folder;

        private ReadOnlyFolder(string folder) => this.folder = folder;

        public static ReadOnlyFolder Apply(string folder)
        {
            if (Environment.UserName == "root")
            {
                Skip.IfNot(Chattr("-R", "+i", folder), $"chattr +i does not work on {folder}'s file system; as root nothing else makes a folder read-only.");
            }
            else if (OperatingSystem.IsWindows())
            {
                Skip.If(true, "Read-only folders are set up with Unix file modes; Windows is not covered.");
            }
            else
            {
                SetWritable(folder, writable: false);
            }

            return new ReadOnlyFolder(folder);
        }

        public void Dispose()
        {
            if (Environment.UserName == "root")
            {
                Chattr("-R", "-i", folder);
            }
            else if (!OperatingSystem.IsWindows())
            {
                SetWritable(folder, writable: true);
            }
        }

        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        private static void SetWritable(string folder, bool writable)
        {
            const UnixFileMode write = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
            foreach (var entry in Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Append(folder))
            {
                var mode = File.GetUnixFileMode(entry);
                File.SetUnixFileMode(entry, writable ? mode | UnixFileMode.UserWrite : mode & ~write);
            }
        }

        private static bool Chattr(params string[] arguments)
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo("chattr", arguments) { RedirectStandardError = true })!;
                process.WaitForExit();
                return process.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }
}
