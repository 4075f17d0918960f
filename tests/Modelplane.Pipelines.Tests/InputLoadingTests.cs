using Modelplane.Artifacts;
using Modelplane.Errors;

namespace Modelplane.Pipelines.Tests;

/// <summary>How a step's inputs reach its body: loaded on first read, or handed on as saved when the materializer allows it.</summary>
public sealed class InputLoadingTests
{
    private static readonly Pipeline Training = new Pipeline("boxes_training").WithModel(TestStore.Model).WithCache(false);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_saved_value_reaches_later_steps_as_is_only_when_its_materializer_allows_it(bool reuses)
    {
        await using var store = await TestStore.CreateAsync();
        var materializer = new BoxMaterializer(reuses);
        store.Client.Materializers.Register(materializer);
        Box? produced = null;
        Box? consumed = null;

        await Training.RunAsync(store.Client, async run =>
        {
            var made = await run.Step(new MakeBox(7, box => produced = box));
            await run.Step(new ReadBox(made.Box, box => consumed = box));
        });

        Assert.Equal(produced, consumed);
        Assert.Equal(reuses, ReferenceEquals(produced, consumed));
        Assert.Equal(reuses ? 0 : 1, materializer.Loads);
    }

    [Fact]
    public async Task An_input_the_body_never_reads_is_never_loaded()
    {
        await using var store = await TestStore.CreateAsync();
        var materializer = new BoxMaterializer(reuses: false);
        store.Client.Materializers.Register(materializer);

        var summary = await Training.RunAsync(store.Client, async run =>
        {
            var made = await run.Step(new MakeBox(7, _ => { }));
            await run.Step(new NameBox(made.Box));
        });

        Assert.Equal(0, materializer.Loads);
        var step = Assert.Single(await store.Client.ListStepRunsAsync(summary.RunId), s => s.StepName == "name_box");
        Assert.Equal(summary.Step("make_box").Outputs["Box"], step.Inputs["Box"]);
    }

    [Fact]
    public async Task A_tampered_input_fails_the_step_that_reads_it()
    {
        await using var store = await TestStore.CreateAsync();
        store.Client.Materializers.Register(new BoxMaterializer(reuses: false));
        var first = await Training.RunAsync(store.Client, async run => await run.Step(new MakeBox(7, _ => { })));
        var box = await store.Client.GetArtifactAsync(first.Step("make_box").Outputs["Box"]);
        var path = await store.Client.ArtifactStore.GetLocalPathAsync(box.ContentHash);
        File.SetAttributes(path, FileAttributes.Normal);
        await File.WriteAllTextAsync(path, "8");

        var error = await Assert.ThrowsAsync<PipelineFailedException>(() => Training.RunAsync(store.Client, async run =>
            await run.Step(new ReadBox(await run.ArtifactOf<Box>(VersionRequest.Number(1), "box"), _ => { }))));

        Assert.Equal("read_box", error.FailedStep);
        Assert.IsType<ArtifactIntegrityException>(error.InnerException);
    }

    public sealed record Box(int Number);

    private sealed record MakeBox(int Number, [property: IgnoreInCacheKey] Action<Box> Made) : Step<MakeBox.Output>
    {
        public sealed record Output(Artifact<Box> Box);

        protected override Output Run(StepContext context)
        {
            var box = new Box(Number);
            Made(box);
            return new Output(context.Output("box", box));
        }
    }

    private sealed record ReadBox(Artifact<Box> Box, [property: IgnoreInCacheKey] Action<Box> Read) : Step<ReadBox.Output>
    {
        public sealed record Output(Artifact<int> Number);

        protected override Output Run(StepContext context)
        {
            Read(Box.Value);
            return new Output(context.Output("number", Box.Value.Number));
        }
    }

    private sealed record NameBox(Artifact<Box> Box) : Step<NameBox.Output>
    {
        public sealed record Output(Artifact<string> Name);

        protected override Output Run(StepContext context) => new(context.Output("name", Box.Name));
    }

    private sealed class BoxMaterializer(bool reuses) : Materializer<Box>
    {
        public override string Id => "test.box";

        public int Loads { get; private set; }

        protected override bool ReusesSavedValue => reuses;

        protected override void Save(Box value, string path) => File.WriteAllText(path, value.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));

        protected override Box Load(string path)
        {
            Loads++;
            return new Box(int.Parse(File.ReadAllText(path), System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
