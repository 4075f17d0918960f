using System.Globalization;
using System.Text;
using Modelplane.ML.Data;
using Modelplane.ML.Preprocessing;
using Modelplane.ML.Training;

namespace Modelplane.ML.Bench;

/// <summary>The benchmark's model (logistic regression on the sample data) and its generated input files.</summary>
internal static class BenchData
{
    public static string SampleCsv
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "breast_cancer.csv");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("Cannot find data/breast_cancer.csv above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Trains the model once and keeps it in the work folder, so every child process scores with the same bytes.</summary>
    public static string ModelPath(string workDirectory)
    {
        var path = Path.Combine(workDirectory, "model.zip");
        if (!File.Exists(path))
        {
            var data = TabularData.LoadCsv(SampleCsv, new CsvLoadOptions { Label = "target" });
            var preprocessor = Preprocessor.Fit(data.Data, data.Schema, new PreprocessingOptions { Normalization = Normalization.MeanVariance });
            ModelTrainer.Train(data.Data, preprocessor, TrainerConfig.Of(TrainerCatalog.LbfgsLogisticRegression)).Save(path);
        }

        return path;
    }

    /// <summary>A CSV of <paramref name="rows"/> rows: sample rows with ±5 % noise on every feature, label kept.</summary>
    public static string InputPath(string workDirectory, long rows)
    {
        var path = Path.Combine(workDirectory, $"input-{rows}.csv");
        if (File.Exists(path))
        {
            return path;
        }

        var lines = File.ReadAllLines(SampleCsv);
        var samples = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        var random = new Random(12345);
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write(lines[0]);
            writer.Write('\n');
            for (long r = 0; r < rows; r++)
            {
                var sample = samples[random.Next(samples.Length)];
                for (var f = 0; f < sample.Length - 1; f++)
                {
                    var value = double.Parse(sample[f], CultureInfo.InvariantCulture) * (0.95 + 0.1 * random.NextDouble());
                    writer.Write(value.ToString("G6", CultureInfo.InvariantCulture));
                    writer.Write(',');
                }

                writer.Write(sample[^1]);
                writer.Write('\n');
            }
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
