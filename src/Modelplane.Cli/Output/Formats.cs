using System.Globalization;
using Modelplane.Models;
using Modelplane.Runs;
using Spectre.Console;

namespace Modelplane.Cli.Output;

/// <summary>How values look in tables.</summary>
internal static class Formats
{
    public static double? DurationSeconds(DateTimeOffset started, DateTimeOffset? ended) =>
        ended is { } end ? Math.Round((end - started).TotalSeconds, 3) : null;

    /// <summary>Production green, staging yellow, archived grey.</summary>
    public static string Stage(Stage stage) => stage switch
    {
        Models.Stage.Production => "[green]production[/]",
        Models.Stage.Staging => "[yellow]staging[/]",
        Models.Stage.Archived => "[grey]archived[/]",
        _ => "none",
    };

    public static string Status(RunStatus status) => status switch
    {
        RunStatus.Completed => "[green]completed[/]",
        RunStatus.Cached => "[blue]cached[/]",
        RunStatus.Failed => "[red]failed[/]",
        _ => "[yellow]running[/]",
    };

    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "";

    public static string Duration(DateTimeOffset started, DateTimeOffset? ended) =>
        ended is { } end ? Duration(end - started) : "running";

    public static string Duration(TimeSpan duration) => duration.TotalSeconds < 60
        ? duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
        : duration.TotalMinutes < 60
            ? $"{(int)duration.TotalMinutes} min {duration.Seconds} s"
            : $"{(int)duration.TotalHours} h {duration.Minutes} min";

    public static string Size(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0 ? $"{bytes} B" : value.ToString("0.0", CultureInfo.InvariantCulture) + " " + units[unit];
    }

    public static string Tags(IReadOnlyList<string> tags) => Markup.Escape(string.Join(", ", tags));

    public static string Text(string? text) => Markup.Escape(text ?? "");

    public static string ShortHash(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
