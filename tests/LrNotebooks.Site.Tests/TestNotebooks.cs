using System.Text.Json;

namespace LrNotebooks.Site.Tests;

/// <summary>Writes small nbformat 4 notebooks for the site tests.</summary>
internal static class TestNotebooks
{
    public static string Write(string directory, string name, IEnumerable<string> cells)
    {
        var path = Path.Combine(directory, name + ".ipynb");
        File.WriteAllText(path, $$"""{ "cells": [{{string.Join(",\n", cells)}}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5 }""");
        return path;
    }

    public static string Markdown(string source) =>
        $$"""{ "cell_type": "markdown", "metadata": {}, "source": {{JsonSerializer.Serialize(source)}} }""";

    public static string Display(string mimeType, string content) =>
        $$"""{ "cell_type": "code", "execution_count": 1, "metadata": {}, "source": "display(x)", "outputs": [{ "output_type": "display_data", "metadata": {}, "data": { {{JsonSerializer.Serialize(mimeType)}}: {{(mimeType.EndsWith("json", StringComparison.Ordinal) ? content : JsonSerializer.Serialize(content))}} } }] }""";

    public static string Stream(string text) =>
        $$"""{ "cell_type": "code", "execution_count": 1, "metadata": {}, "source": "Console.Write(x)", "outputs": [{ "output_type": "stream", "name": "stdout", "text": {{JsonSerializer.Serialize(text)}} }] }""";
}
