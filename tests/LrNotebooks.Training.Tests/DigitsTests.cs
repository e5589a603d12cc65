using System.Security.Cryptography;

namespace LrNotebooks.Training.Tests;

public sealed class DigitsTests
{
    /// <summary>The SHA-256 of data/digits.csv.gz as recorded in data/README.md.</summary>
    private const string Sha256 = "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a";

    private static readonly int[] ExpectedClassCounts = [178, 182, 177, 183, 181, 182, 181, 179, 174, 180];

    [Fact]
    public void CommittedFileHasTheDocumentedHash()
    {
        using var stream = File.OpenRead(Digits.Locate());
        Assert.Equal(Sha256, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    [Fact]
    public void LoadAllReadsEveryImageScaledToTheUnitInterval()
    {
        var all = Digits.LoadAll(Digits.Locate());
        Assert.Equal(1797, all.Count);
        Assert.Equal(64, all.FeatureCount);
        Assert.Equal(10, all.ClassCount);
        Assert.Equal(ExpectedClassCounts, all.ClassCounts());
        foreach (double x in all.Features) Assert.InRange(x, 0, 1);
        Assert.Equal(1.0, all.Features.ToArray().Max());
        // First line of the file: 0,0,5,13,9,1,0,0,... label 0.
        Assert.Equal([0, 0, 5 / 16.0, 13 / 16.0, 9 / 16.0, 1 / 16.0, 0, 0], all.Row(0)[..8].ToArray());
        Assert.Equal(0, all.Label(0));
        Assert.Equal(2, all.Label(2));
    }

    [Fact]
    public void DefaultSplitIsStratifiedEightyTwenty()
    {
        var split = TestData.Digits;
        Assert.Equal(1438, split.Train.Count);
        Assert.Equal(359, split.Validation.Count);
        var validationCounts = split.Validation.ClassCounts();
        var trainCounts = split.Train.ClassCounts();
        for (int c = 0; c < 10; c++)
        {
            Assert.Equal((int)Math.Round(0.2 * ExpectedClassCounts[c], MidpointRounding.AwayFromZero), validationCounts[c]);
            Assert.Equal(ExpectedClassCounts[c], validationCounts[c] + trainCounts[c]);
        }
    }

    [Fact]
    public void LocateSearchesUpwardAndLoadWithoutPathUsesIt()
    {
        string root = Path.GetDirectoryName(Path.GetDirectoryName(Digits.Locate()))!;
        string nested = Path.Combine(root, "src", "LrNotebooks.Training");
        Assert.Equal(Path.Combine(root, "data", "digits.csv.gz"), Digits.Locate(nested));
        Assert.Equal(Path.Combine(root, "data", "digits.csv.gz"), Digits.Locate(root));
        var viaSearch = Digits.Load();
        Assert.Equal(TestData.Digits.Train.Features.ToArray(), viaSearch.Train.Features.ToArray());
    }

    [Fact]
    public void LocateFailsClearlyOutsideTheRepository()
    {
        string empty = Directory.CreateDirectory(Path.Combine(TestData.TempDirectory, "empty")).FullName;
        var e = Assert.Throws<FileNotFoundException>(() => Digits.Locate(empty));
        Assert.Contains("data/digits.csv.gz", e.Message);
        Assert.Contains(empty, e.Message);
    }

    [Fact]
    public void SplitIsDeterministicPerSeed()
    {
        string path = Digits.Locate();
        var a = Digits.Load(path, 0.2, seed: 7);
        var b = Digits.Load(path, 0.2, seed: 7);
        var c = Digits.Load(path, 0.2, seed: 8);
        Assert.Equal(a.Validation.Features.ToArray(), b.Validation.Features.ToArray());
        Assert.Equal(a.Validation.Labels.ToArray(), b.Validation.Labels.ToArray());
        Assert.NotEqual(a.Validation.Features.ToArray(), c.Validation.Features.ToArray());
        Assert.Equal(a.Validation.ClassCounts(), c.Validation.ClassCounts());
    }

    [Fact]
    public void MissingFileIsReported()
    {
        string path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.csv.gz");
        var e = Assert.Throws<FileNotFoundException>(() => Digits.Load(path));
        Assert.Contains(path, e.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void ValidationFractionMustBeInsideTheOpenUnitInterval(double fraction)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Digits.Load(Digits.Locate(), fraction));
        Assert.Equal("validationFraction", e.ParamName);
        Assert.Contains("(0, 1)", e.Message);
    }

    public static TheoryData<string, string[]> CorruptFiles => new()
    {
        { TestData.Line(1) + "\n" + string.Join(',', Enumerable.Repeat(0, 63)) + ",1\n", ["line 2", "expected 65", "found 64"] },
        { TestData.Line(1) + "\n" + TestData.Line(1).Replace("3,3,3,3,3", "3,3,3,3,x") + "\n", ["line 2, column 5", "integer", "'x'"] },
        { TestData.Line(1).Replace("3,3,3", "3,3,2.5") + "\n", ["line 1, column 3", "integer", "'2.5'"] },
        { TestData.Line(1).Replace("3,3,3", "3,3,17") + "\n", ["line 1, column 3", "0..16", "17"] },
        { TestData.Line(1).Replace("3,3,3", "3,3,-1") + "\n", ["line 1, column 3", "0..16", "-1"] },
        { TestData.Line(10) + "\n", ["line 1, column 65", "label", "0..9", "10"] },
        { TestData.Line(1) + "\n\n" + TestData.Line(2) + "\n", ["line 2", "expected 65", "found 1"] },
        { "", ["no data rows"] },
    };

    [Theory]
    [MemberData(nameof(CorruptFiles))]
    public void CorruptFilesNameFileLineAndColumn(string content, string[] fragments)
    {
        string path = TestData.WriteGzip(content);
        var e = Assert.Throws<InvalidDataException>(() => Digits.LoadAll(path));
        Assert.Contains(path, e.Message);
        foreach (string fragment in fragments) Assert.Contains(fragment, e.Message);
    }

    [Fact]
    public void PlainCsvIsAcceptedAsWellAsGzip()
    {
        // The committed file decompressed into a plain .csv: the same data, found by its content, not its name.
        string plain = Path.Combine(TestData.TempDirectory, $"digits-{Guid.NewGuid():N}.csv");
        using (var gzip = new System.IO.Compression.GZipStream(File.OpenRead(Digits.Locate()), System.IO.Compression.CompressionMode.Decompress))
        using (var file = File.Create(plain))
            gzip.CopyTo(file);
        var fromPlain = Digits.LoadAll(plain);
        var fromGzip = Digits.LoadAll(Digits.Locate());
        Assert.Equal(fromGzip.Features.ToArray(), fromPlain.Features.ToArray());
        Assert.Equal(fromGzip.Labels.ToArray(), fromPlain.Labels.ToArray());

        // A plain file, whatever its name, is read as text and checked like any other.
        string named = Path.Combine(TestData.TempDirectory, $"plain-{Guid.NewGuid():N}.csv.gz");
        File.WriteAllText(named, TestData.Line(1) + "\n");
        var e = Assert.Throws<InvalidDataException>(() => Digits.LoadAll(named));
        Assert.Contains(named, e.Message);
        Assert.Contains("expected 1797 rows, but found 1", e.Message);
    }

    [Theory]
    [InlineData(30000)]
    [InlineData(40000)]
    [InlineData(57000)]
    [InlineData(-8)] // the whole compressed stream, only the trailer (CRC-32 and length) missing
    [InlineData(-1)]
    public void TruncatedGzipIsReportedAsTruncatedNotAsABadLine(int keep)
    {
        byte[] bytes = File.ReadAllBytes(Digits.Locate());
        string cut = Path.Combine(TestData.TempDirectory, $"cut-{Guid.NewGuid():N}.csv.gz");
        File.WriteAllBytes(cut, bytes[..(keep > 0 ? keep : bytes.Length + keep)]);
        var e = Assert.Throws<InvalidDataException>(() => Digits.LoadAll(cut));
        Assert.Contains(cut, e.Message);
        Assert.Contains("truncated or corrupt gzip", e.Message);
        Assert.DoesNotContain("line", e.Message);
    }

    [Fact]
    public void CorruptGzipIsReportedAsCorrupt()
    {
        // One changed byte in the compressed data: either deflate rejects it or the CRC-32 no longer matches.
        byte[] bytes = File.ReadAllBytes(Digits.Locate());
        foreach (int at in new[] { 5000, 20000, 50000, bytes.Length - 6 })
        {
            byte[] copy = (byte[])bytes.Clone();
            copy[at] ^= 0x10;
            string path = Path.Combine(TestData.TempDirectory, $"corrupt-{Guid.NewGuid():N}.csv.gz");
            File.WriteAllBytes(path, copy);
            var e = Assert.Throws<InvalidDataException>(() => Digits.LoadAll(path));
            Assert.Contains(path, e.Message);
            Assert.Contains("truncated or corrupt gzip", e.Message);
        }
    }

    [Fact]
    public void SmallValidFileParsesWithCrLfAndTrailingNewline()
    {
        string text = TestData.Line(4, pixel: 16) + "\r\n" + TestData.Line(9, pixel: 8) + "\r\n";
        var data = Digits.Parse(new StringReader(text), "inline");
        Assert.Equal(2, data.Count);
        Assert.Equal([4, 9], data.Labels.ToArray());
        Assert.All(data.Row(0).ToArray(), x => Assert.Equal(1.0, x));
        Assert.All(data.Row(1).ToArray(), x => Assert.Equal(0.5, x));
    }
}
