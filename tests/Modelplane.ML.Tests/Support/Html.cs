using System.Xml;
using System.Xml.Linq;

namespace Modelplane.ML.Tests.Support;

/// <summary>Checks that generated HTML is well-formed (parsed as XML) and self-contained.</summary>
internal static class Html
{
    public static XDocument AssertWellFormedAndSelfContained(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        var document = XDocument.Load(reader);

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        return document;
    }
}
