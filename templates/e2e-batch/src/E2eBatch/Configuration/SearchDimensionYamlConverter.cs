#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace E2eBatch.Configuration;

/// <summary>Reads a <see cref="SearchDimension"/> from either a YAML mapping (range) or a YAML sequence (choices).</summary>
internal sealed class SearchDimensionYamlConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(SearchDimension);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var start = parser.Current?.Start ?? Mark.Empty;
        if (parser.TryConsume<SequenceStart>(out _))
        {
            var choices = new List<string>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                choices.Add(parser.Consume<Scalar>().Value);
            }

            if (choices.Count == 0)
            {
                throw new YamlException(start, start, "a list of choices must not be empty.");
            }

            return new SearchDimension(null, null, false, choices);
        }

        parser.Consume<MappingStart>();
        double? min = null, max = null;
        var log = false;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>();
            var value = parser.Consume<Scalar>();
            switch (key.Value)
            {
                case "min": min = ParseNumber(value); break;
                case "max": max = ParseNumber(value); break;
                case "log": log = ParseBool(value); break;
                default:
                    throw new YamlException(key.Start, key.End, $"unknown key '{key.Value}' in a search range; use min, max and log.");
            }
        }

        if (min is null || max is null || min >= max)
        {
            throw new YamlException(start, start, "a search range needs min and max with min < max, e.g. {min: 4, max: 64}.");
        }

        if (log && min <= 0)
        {
            throw new YamlException(start, start, "a log-scale search range needs min > 0.");
        }

        return new SearchDimension(min, max, log, null);
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        throw new NotSupportedException("Search spaces are only read from YAML.");

    private static double ParseNumber(Scalar scalar) =>
        double.TryParse(scalar.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new YamlException(scalar.Start, scalar.End, $"'{scalar.Value}' is not a number.");

    private static bool ParseBool(Scalar scalar) =>
        bool.TryParse(scalar.Value, out var flag)
            ? flag
            : throw new YamlException(scalar.Start, scalar.End, $"'{scalar.Value}' is not true or false.");
}
