using System.Globalization;
using LrNotebooks.Core;

namespace LrNotebooks.Training;

/// <summary>
/// The "Optical Recognition of Handwritten Digits" data set (E. Alpaydin and C. Kaynak, 1998, UCI Machine
/// Learning Repository, CC BY 4.0, https://doi.org/10.24432/C50P49): the 1,797 8x8 images distributed with
/// scikit-learn as <c>load_digits</c>. The file <c>data/digits.csv.gz</c> has one image per line: 64 integer
/// pixel values in 0..16 followed by the class label 0..9, comma-separated, no header. The loader reads the file
/// gzip-compressed or plain (told apart by the gzip magic bytes 1f 8b, not by the name) and checks a gzip file's
/// trailer, so a truncated or corrupt download is reported as such rather than as a bad line.
/// </summary>
public static class Digits
{
    /// <summary>The file's path relative to the repository root.</summary>
    public const string RelativePath = "data/digits.csv.gz";

    /// <summary>Pixels per image (8 x 8).</summary>
    public const int PixelCount = 64;

    /// <summary>The number of classes (digits 0..9).</summary>
    public const int ClassCount = 10;

    /// <summary>The number of images in the file; a file with another count is rejected as truncated or foreign.</summary>
    public const int RowCount = 1797;

    /// <summary>The largest pixel value; features are pixel / 16, so they lie in [0, 1].</summary>
    public const int MaxPixel = 16;

    /// <summary>
    /// Finds <c>data/digits.csv.gz</c> (searching upward from the current directory, so it works from the
    /// notebooks folder, the repository root or a build output folder) and loads it with
    /// <see cref="Load(string, double, int)"/>.
    /// </summary>
    /// <param name="validationFraction">Fraction of each class held out for validation, in (0, 1).</param>
    /// <param name="seed">Seed of the stratified split.</param>
    public static DataSplit Load(double validationFraction = 0.2, int seed = 0) => Load(Locate(), validationFraction, seed);

    /// <summary>
    /// Loads the digits file at <paramref name="path"/> and splits it with
    /// <see cref="Dataset.StratifiedSplit"/> (per class, <paramref name="validationFraction"/> of the rows go to
    /// validation; with the defaults: 1,438 training and 359 validation images).
    /// </summary>
    /// <param name="path">Path of a CSV in the format described on <see cref="Digits"/>, gzip-compressed or plain.</param>
    /// <param name="validationFraction">Fraction of each class held out for validation, in (0, 1).</param>
    /// <param name="seed">Seed of the stratified split; the same seed gives the same split on every machine.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is truncated or corrupt gzip (the message names the file), a line is malformed (the message names the file, line and column) or the row count is not 1,797.</exception>
    public static DataSplit Load(string path, double validationFraction = 0.2, int seed = 0)
    {
        Guard.InRange(validationFraction, 0, 1, minInclusive: false, maxInclusive: false);
        return LoadAll(path).StratifiedSplit(validationFraction, seed);
    }

    /// <summary>Loads all 1,797 rows of the file at <paramref name="path"/> as one <see cref="Dataset"/> (features = pixel / 16).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is truncated or corrupt gzip (the message names the file), a line is malformed (the message names the file, line and column) or the row count is not 1,797.</exception>
    public static Dataset LoadAll(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"The digits data file '{path}' does not exist.", path);
        using var reader = DataFileText.Open(path);
        var data = Parse(reader, path);
        // A plain file cut at a line end reads without error, so the row count is its truncation check.
        if (data.Count != RowCount)
            throw new InvalidDataException($"{path}: expected {RowCount} rows, but found {data.Count}; the file is truncated or is not the digits data set.");
        return data;
    }

    /// <summary>
    /// The path of <c>data/digits.csv.gz</c> in <paramref name="startDirectory"/> or the nearest ancestor directory
    /// that has it. Without <paramref name="startDirectory"/>: the current directory and its ancestors, then the
    /// application's base directory and its ancestors.
    /// </summary>
    /// <exception cref="FileNotFoundException">No directory on the way up to the root has the file.</exception>
    public static string Locate(string? startDirectory = null)
    {
        string start = Path.GetFullPath(startDirectory ?? Directory.GetCurrentDirectory());
        if (Search(start) is { } found) return found;
        // Without an explicit start, also try from the application's own folder (e.g. a build output inside the repository).
        if (startDirectory is null && Search(AppContext.BaseDirectory) is { } fromApp) return fromApp;
        throw new FileNotFoundException(
            $"Could not find {RelativePath} in '{start}' or any of its parent directories. Run from inside the repository (e.g. the notebooks folder) or pass the path to Digits.Load(path).",
            RelativePath);
    }

    private static string? Search(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "data", "digits.csv.gz");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Parses every line of the digits format (any number of rows &gt;= 1).</summary>
    internal static Dataset Parse(TextReader reader, string path)
    {
        var features = new List<double>(1797 * PixelCount);
        var labels = new List<int>(1797);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 && reader.Peek() < 0) break; // tolerate one trailing newline
            ParseLine(line, path, lineNumber, features, labels);
        }
        if (labels.Count == 0)
            throw new InvalidDataException($"{path}: the file has no data rows (expected lines of {PixelCount} pixels and a label).");
        return new Dataset(features.ToArray(), labels.ToArray(), PixelCount, ClassCount);
    }

    private static void ParseLine(string line, string path, int lineNumber, List<double> features, List<int> labels)
    {
        var span = line.AsSpan().TrimEnd('\r');
        int fields = span.Count(',') + 1;
        if (fields != PixelCount + 1)
            throw new InvalidDataException(
                $"{path}, line {lineNumber}: expected {PixelCount + 1} comma-separated values ({PixelCount} pixels and a label), but found {fields}.");
        int column = 0;
        foreach (var range in span.Split(','))
        {
            column++;
            var text = span[range].Trim();
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
                throw new InvalidDataException($"{path}, line {lineNumber}, column {column}: expected an integer, but found '{text.ToString()}'.");
            if (column <= PixelCount)
            {
                if (value is < 0 or > MaxPixel)
                    throw new InvalidDataException($"{path}, line {lineNumber}, column {column}: pixel value must be in 0..{MaxPixel}, but was {value}.");
                features.Add(value / (double)MaxPixel);
            }
            else
            {
                if (value is < 0 or >= ClassCount)
                    throw new InvalidDataException($"{path}, line {lineNumber}, column {column}: label must be in 0..{ClassCount - 1}, but was {value}.");
                labels.Add(value);
            }
        }
    }
}
