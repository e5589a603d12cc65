using System.IO.Compression;
using System.Text;

namespace LrNotebooks.Training.Tests;

/// <summary>Shared inputs: the committed digits split (loaded once) and small synthetic files and data sets.</summary>
internal static class TestData
{
    private static readonly Lazy<DataSplit> LazyDigits = new(() => Training.Digits.Load());

    /// <summary>The committed digits file, default split (80/20 per class, seed 0).</summary>
    public static DataSplit Digits => LazyDigits.Value;

    /// <summary>Writes <paramref name="text"/> gzip-compressed to a fresh temporary file.</summary>
    public static string WriteGzip(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"digits-test-{Guid.NewGuid():N}.csv.gz");
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(text));
        return path;
    }

    /// <summary>A valid digits line: 64 pixels from <paramref name="pixel"/> and the label.</summary>
    public static string Line(int label, int pixel = 3) => string.Join(',', Enumerable.Repeat(pixel, 64)) + "," + label;

    /// <summary>A random data set with the given shape, features in [-1, 1], labels cycling through the classes.</summary>
    public static Dataset Random(int rows, int features, int classes, int seed)
    {
        var random = new Random(seed);
        var x = new double[rows * features];
        for (int i = 0; i < x.Length; i++) x[i] = 2 * random.NextDouble() - 1;
        var y = new int[rows];
        for (int i = 0; i < rows; i++) y[i] = i % classes;
        return new Dataset(x, y, features, classes);
    }
}
