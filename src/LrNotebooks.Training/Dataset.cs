using LrNotebooks.Core;

namespace LrNotebooks.Training;

/// <summary>
/// An immutable classification data set: <see cref="Count"/> rows of <see cref="FeatureCount"/> features
/// (stored row-major in one flat array, so a mini-batch is a contiguous block of memory) and one integer
/// class label in [0, <see cref="ClassCount"/>) per row.
/// </summary>
public sealed class Dataset
{
    private readonly double[] _features;
    private readonly int[] _labels;

    /// <summary>Creates a data set, copying the arrays.</summary>
    /// <param name="features">Row-major features, length <c>labels.Length * featureCount</c>, all finite.</param>
    /// <param name="labels">One class label per row, each in [0, <paramref name="classCount"/>).</param>
    /// <param name="featureCount">Features per row, &gt;= 1.</param>
    /// <param name="classCount">Number of classes, &gt;= 2.</param>
    public Dataset(ReadOnlySpan<double> features, ReadOnlySpan<int> labels, int featureCount, int classCount)
    {
        Guard.AtLeast(featureCount, 1);
        Guard.AtLeast(classCount, 2);
        Guard.NotEmpty(labels);
        if (features.Length != labels.Length * featureCount)
            throw new ArgumentException(
                $"features must have length labels.Length * featureCount = {labels.Length} * {featureCount} = {labels.Length * featureCount}, but had length {features.Length}.",
                nameof(features));
        for (int i = 0; i < features.Length; i++)
        {
            if (!double.IsFinite(features[i]))
                throw new ArgumentException($"features must be finite, but features[{i}] (row {i / featureCount}, column {i % featureCount}) was {features[i]}.", nameof(features));
        }
        for (int i = 0; i < labels.Length; i++)
        {
            if ((uint)labels[i] >= (uint)classCount)
                throw new ArgumentOutOfRangeException(nameof(labels), labels[i], $"labels must be in [0, {classCount - 1}], but labels[{i}] was {labels[i]}.");
        }
        _features = features.ToArray();
        _labels = labels.ToArray();
        FeatureCount = featureCount;
        ClassCount = classCount;
    }

    /// <summary>Wraps already validated arrays without copying (they must never be mutated afterwards).</summary>
    private Dataset(double[] features, int[] labels, int featureCount, int classCount)
    {
        _features = features;
        _labels = labels;
        FeatureCount = featureCount;
        ClassCount = classCount;
    }

    /// <summary>The number of rows.</summary>
    public int Count => _labels.Length;

    /// <summary>The number of features per row.</summary>
    public int FeatureCount { get; }

    /// <summary>The number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>All features, row-major (row i is <c>[i * FeatureCount, (i + 1) * FeatureCount)</c>).</summary>
    public ReadOnlySpan<double> Features => _features;

    /// <summary>All labels.</summary>
    public ReadOnlySpan<int> Labels => _labels;

    /// <summary>The features of row <paramref name="index"/>.</summary>
    public ReadOnlySpan<double> Row(int index)
    {
        CheckIndex(index);
        return _features.AsSpan(index * FeatureCount, FeatureCount);
    }

    /// <summary>The label of row <paramref name="index"/>.</summary>
    public int Label(int index)
    {
        CheckIndex(index);
        return _labels[index];
    }

    /// <summary>How many rows each class has (index = class).</summary>
    public int[] ClassCounts()
    {
        var counts = new int[ClassCount];
        foreach (int label in _labels) counts[label]++;
        return counts;
    }

    /// <summary>A new data set with the given rows, in the given order.</summary>
    /// <param name="indices">Row indices, each in [0, Count); must not be empty.</param>
    public Dataset Subset(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        if (indices.Count == 0) throw new ArgumentException("indices must not be empty (length >= 1).", nameof(indices));
        var features = new double[indices.Count * FeatureCount];
        var labels = new int[indices.Count];
        for (int i = 0; i < indices.Count; i++)
        {
            int row = indices[i];
            if ((uint)row >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(indices), row, $"indices must be in [0, {Count - 1}], but indices[{i}] was {row}.");
            _features.AsSpan(row * FeatureCount, FeatureCount).CopyTo(features.AsSpan(i * FeatureCount));
            labels[i] = _labels[row];
        }
        return new Dataset(features, labels, FeatureCount, ClassCount);
    }

    /// <summary>
    /// A deterministic stratified split (as scikit-learn's <c>train_test_split(..., stratify=y)</c>, with its own
    /// generator): within each class, in class order 0, 1, ..., the rows are shuffled by a Fisher-Yates
    /// shuffle driven by <c>new Random(seed)</c> and the first <c>round(validationFraction * classCount)</c>
    /// (midpoint away from zero) go to validation. Both parts keep the original row order.
    /// </summary>
    /// <param name="validationFraction">Fraction of each class held out, in (0, 1).</param>
    /// <param name="seed">Seed of the shuffle; the same seed gives the same split on every machine.</param>
    /// <exception cref="ArgumentException">If either part would be empty.</exception>
    public DataSplit StratifiedSplit(double validationFraction = 0.2, int seed = 0)
    {
        Guard.InRange(validationFraction, 0, 1, minInclusive: false, maxInclusive: false);
        var random = new Random(seed);
        var inValidation = new bool[Count];
        for (int c = 0; c < ClassCount; c++)
        {
            var rows = new List<int>();
            for (int i = 0; i < Count; i++) if (_labels[i] == c) rows.Add(i);
            var shuffled = rows.ToArray();
            DeterministicShuffle.Shuffle(shuffled, random);
            int take = (int)Math.Round(validationFraction * shuffled.Length, MidpointRounding.AwayFromZero);
            for (int i = 0; i < take; i++) inValidation[shuffled[i]] = true;
        }
        var train = new List<int>();
        var validation = new List<int>();
        for (int i = 0; i < Count; i++) (inValidation[i] ? validation : train).Add(i);
        if (train.Count == 0 || validation.Count == 0)
            throw new ArgumentException(
                $"validationFraction {validationFraction} splits {Count} rows into {train.Count} training and {validation.Count} validation rows; both must be non-empty.",
                nameof(validationFraction));
        return new DataSplit(Subset(train), Subset(validation));
    }

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be in [0, {Count - 1}], but was {index}.");
    }
}
