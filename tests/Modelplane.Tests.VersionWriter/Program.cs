// Usage: Modelplane.Tests.VersionWriter <store folder> <model name> <count>
// Creates <count> versions of the model and prints each assigned number on its own line.
using System.Globalization;
using Modelplane;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Modelplane.Tests.VersionWriter <store folder> <model name> <count>");
    return 2;
}

await using var client = await ModelplaneClient.OpenAsync(args[0]);
var count = int.Parse(args[2], CultureInfo.InvariantCulture);
for (var i = 0; i < count; i++)
{
    var version = await client.CreateVersionAsync(args[1]);
    Console.WriteLine(version.Number.ToString(CultureInfo.InvariantCulture));
}

return 0;
