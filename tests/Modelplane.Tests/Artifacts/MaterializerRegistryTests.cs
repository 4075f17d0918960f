using Modelplane.Artifacts;
using Modelplane.Errors;

namespace Modelplane.Tests.Artifacts;

public sealed class MaterializerRegistryTests
{
    [Theory]
    [InlineData(typeof(string), "modelplane.string")]
    [InlineData(typeof(int), "modelplane.scalar")]
    [InlineData(typeof(decimal), "modelplane.scalar")]
    [InlineData(typeof(bool), "modelplane.scalar")]
    [InlineData(typeof(byte[]), "modelplane.bytes")]
    [InlineData(typeof(List<string>), "modelplane.json")]
    [InlineData(typeof(Animal), "modelplane.json")]
    public void Built_in_materializers_cover_text_numbers_bytes_and_json(Type type, string id)
    {
        Assert.Equal(id, new MaterializerRegistry().For(type).Id);
    }

    [Fact]
    public void The_most_specific_materializer_wins_whatever_the_registration_order()
    {
        var registry = new MaterializerRegistry()
            .Register(new AnimalMaterializer())
            .Register(new DogMaterializer());

        Assert.Equal("test.dog", registry.For(typeof(Dog)).Id);
        Assert.Equal("test.dog", registry.For(typeof(Puppy)).Id);
        Assert.Equal("test.animal", registry.For(typeof(Cat)).Id);
    }

    [Fact]
    public void A_registered_materializer_beats_a_built_in_one_for_the_same_type()
    {
        var registry = new MaterializerRegistry().Register(new UpperCaseStringMaterializer());

        Assert.Equal("test.upper", registry.For(typeof(string)).Id);
        Assert.Equal("modelplane.string", registry.Get("modelplane.string").Id);
    }

    [Fact]
    public void Materializer_ids_are_unique_and_unknown_ids_are_reported()
    {
        var registry = new MaterializerRegistry().Register(new DogMaterializer());

        Assert.Throws<ValidationException>(() => registry.Register(new DogMaterializer()));
        Assert.Throws<ValidationException>(() => registry.Register(new JsonImpostor()));
        var error = Assert.Throws<NotFoundException>(() => registry.Get("vendor.unknown"));
        Assert.Contains("vendor.unknown", error.Message);
    }

    [Fact]
    public void Delegates_cannot_be_materialized()
    {
        Assert.Throws<NotFoundException>(() => new MaterializerRegistry().For(typeof(Func<int>)));
    }

    public class Animal;

    public class Dog : Animal;

    public sealed class Puppy : Dog;

    public sealed class Cat : Animal;

    private sealed class AnimalMaterializer : Materializer<Animal>
    {
        public override string Id => "test.animal";

        protected override void Save(Animal value, string path) => File.WriteAllText(path, "animal");

        protected override Animal Load(string path) => new();
    }

    private sealed class DogMaterializer : Materializer<Dog>
    {
        public override string Id => "test.dog";

        protected override void Save(Dog value, string path) => File.WriteAllText(path, "dog");

        protected override Dog Load(string path) => new();
    }

    private sealed class UpperCaseStringMaterializer : Materializer<string>
    {
        public override string Id => "test.upper";

        protected override void Save(string value, string path) => File.WriteAllText(path, value.ToUpperInvariant());

        protected override string Load(string path) => File.ReadAllText(path);
    }

    private sealed class JsonImpostor : Materializer<Cat>
    {
        public override string Id => "modelplane.json";

        protected override void Save(Cat value, string path) => File.WriteAllText(path, "cat");

        protected override Cat Load(string path) => new();
    }
}
