// Pairs of step types that differ only in the places a code fingerprint must see (or, for
// [StepVersion], must not). Each pair shares its type name in different namespaces.

namespace Modelplane.Pipelines.Tests.Steps.CodeV1
{
    public sealed record Transform(Artifact<double[]> Numbers) : Step<Transform.Output>
    {
        public sealed record Output(Artifact<double[]> Transformed);

        protected override Output Run(StepContext context) =>
            new(context.Output("transformed", Numbers.Value.Select(n => n + 1).ToArray()));
    }

    public sealed record Same(Artifact<double[]> Numbers) : Step<Same.Output>
    {
        public sealed record Output(Artifact<double[]> Copy);

        protected override Output Run(StepContext context) => new(context.Output("copy", Numbers.Value.ToArray()));
    }

    public sealed record WithAsync(int Seed) : Step<WithAsync.Output>
    {
        public sealed record Output(Artifact<int> Value);

        protected override async Task<Output> RunAsync(StepContext context)
        {
            await Task.Yield();
            return new Output(context.Output("value", Seed * 2));
        }
    }

    [StepVersion("1")]
    public sealed record Versioned(Artifact<double[]> Numbers) : Step<Versioned.Output>
    {
        public sealed record Output(Artifact<double> Result);

        protected override Output Run(StepContext context) => new(context.Output("result", Numbers.Value.Max()));
    }
}

namespace Modelplane.Pipelines.Tests.Steps.CodeV2
{
    public sealed record Transform(Artifact<double[]> Numbers) : Step<Transform.Output>
    {
        public sealed record Output(Artifact<double[]> Transformed);

        protected override Output Run(StepContext context) =>
            new(context.Output("transformed", Numbers.Value.Select(n => n + 2).ToArray()));
    }

    public sealed record Same(Artifact<double[]> Numbers) : Step<Same.Output>
    {
        public sealed record Output(Artifact<double[]> Copy);

        protected override Output Run(StepContext context) => new(context.Output("copy", Numbers.Value.ToArray()));
    }

    public sealed record WithAsync(int Seed) : Step<WithAsync.Output>
    {
        public sealed record Output(Artifact<int> Value);

        protected override async Task<Output> RunAsync(StepContext context)
        {
            await Task.Yield();
            return new Output(context.Output("value", Seed * 3));
        }
    }

    [StepVersion("1")]
    public sealed record Versioned(Artifact<double[]> Numbers) : Step<Versioned.Output>
    {
        public sealed record Output(Artifact<double> Result);

        protected override Output Run(StepContext context) => new(context.Output("result", Numbers.Value.Min()));
    }
}

namespace Modelplane.Pipelines.Tests.Steps.CodeV3
{
    [StepVersion("2")]
    public sealed record Versioned(Artifact<double[]> Numbers) : Step<Versioned.Output>
    {
        public sealed record Output(Artifact<double> Result);

        protected override Output Run(StepContext context) => new(context.Output("result", Numbers.Value.Min()));
    }
}
