namespace LrNotebooks.Training.Tests;

public sealed class DatasetTests
{
    [Fact]
    public void ConstructorCopiesAndExposesRows()
    {
        double[] x = [1, 2, 3, 4, 5, 6];
        var data = new Dataset(x, [0, 1, 1], 2, 2);
        x[0] = 99;
        Assert.Equal(3, data.Count);
        Assert.Equal([1.0, 2], data.Row(0).ToArray());
        Assert.Equal([5.0, 6], data.Row(2).ToArray());
        Assert.Equal(1, data.Label(2));
        Assert.Equal([1, 2], data.ClassCounts());
    }

    [Fact]
    public void ConstructorValidates()
    {
        Assert.Equal("featureCount", Assert.Throws<ArgumentOutOfRangeException>(() => new Dataset([1.0], [0], 0, 2)).ParamName);
        Assert.Equal("classCount", Assert.Throws<ArgumentOutOfRangeException>(() => new Dataset([1.0], [0], 1, 1)).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => new Dataset([], [], 1, 2)).ParamName);
        var length = Assert.Throws<ArgumentException>(() => new Dataset([1.0, 2, 3], [0, 1], 2, 2));
        Assert.Equal("features", length.ParamName);
        Assert.Contains("length 3", length.Message);
        var nan = Assert.Throws<ArgumentException>(() => new Dataset([1.0, double.NaN], [0, 1], 1, 2));
        Assert.Contains("row 1, column 0", nan.Message);
        var label = Assert.Throws<ArgumentOutOfRangeException>(() => new Dataset([1.0, 2], [0, 2], 1, 2));
        Assert.Equal("labels", label.ParamName);
        Assert.Contains("[0, 1]", label.Message);
    }

    [Fact]
    public void IndexersAndSubsetValidate()
    {
        var data = new Dataset([1.0, 2], [0, 1], 1, 2);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => data.Row(2).ToArray()).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => data.Label(-1)).ParamName);
        Assert.Equal("indices", Assert.Throws<ArgumentOutOfRangeException>(() => data.Subset([0, 2])).ParamName);
        Assert.Equal("indices", Assert.Throws<ArgumentException>(() => data.Subset([])).ParamName);
        var subset = data.Subset([1, 1, 0]);
        Assert.Equal([2.0, 2, 1], subset.Features.ToArray());
        Assert.Equal([1, 1, 0], subset.Labels.ToArray());
    }

    [Fact]
    public void StratifiedSplitPartitionsEveryClass()
    {
        // Feature = row index, so rows are identifiable.
        int n = 103;
        var data = new Dataset(Enumerable.Range(0, n).Select(i => (double)i).ToArray(), Enumerable.Range(0, n).Select(i => i % 3 == 0 ? 0 : i % 7 == 0 ? 2 : 1).ToArray(), 1, 3);
        var split = data.StratifiedSplit(0.25, seed: 3);
        var train = split.Train.Features.ToArray();
        var validation = split.Validation.Features.ToArray();
        Assert.Empty(train.Intersect(validation));
        Assert.Equal(Enumerable.Range(0, n).Select(i => (double)i), train.Concat(validation).Order());
        Assert.Equal(train.Order(), train); // original order kept
        var all = data.ClassCounts();
        var held = split.Validation.ClassCounts();
        for (int c = 0; c < 3; c++) Assert.Equal((int)Math.Round(0.25 * all[c], MidpointRounding.AwayFromZero), held[c]);
        for (int i = 0; i < split.Validation.Count; i++) Assert.Equal(data.Label((int)validation[i]), split.Validation.Label(i));
    }

    [Fact]
    public void StratifiedSplitRejectsEmptyParts()
    {
        var tiny = new Dataset([1.0, 2], [0, 1], 1, 2);
        var e = Assert.Throws<ArgumentException>(() => tiny.StratifiedSplit(0.2));
        Assert.Equal("validationFraction", e.ParamName);
        Assert.Contains("0 validation", e.Message);
        Assert.Equal("validationFraction", Assert.Throws<ArgumentOutOfRangeException>(() => tiny.StratifiedSplit(1)).ParamName);
    }

    [Fact]
    public void DataSplitRequiresTheSameShape()
    {
        var a = new Dataset([1.0, 2], [0, 1], 1, 2);
        var b = new Dataset([1.0, 2, 3, 4], [0, 1], 2, 2);
        var c = new Dataset([1.0, 2], [0, 1], 1, 3);
        Assert.Equal("validation", Assert.Throws<ArgumentException>(() => new DataSplit(a, b)).ParamName);
        Assert.Equal("validation", Assert.Throws<ArgumentException>(() => new DataSplit(a, c)).ParamName);
        Assert.Equal(1, new DataSplit(a, a).FeatureCount);
    }

    [Fact]
    public void DeterministicShuffleIsAFixedPermutation()
    {
        var items = Enumerable.Range(0, 10).ToArray();
        DeterministicShuffle.Shuffle(items, new Random(42));
        var again = Enumerable.Range(0, 10).ToArray();
        DeterministicShuffle.Shuffle(again, new Random(42));
        Assert.Equal(items, again);
        Assert.Equal(Enumerable.Range(0, 10), items.Order());
        Assert.NotEqual(Enumerable.Range(0, 10), items);
    }
}
