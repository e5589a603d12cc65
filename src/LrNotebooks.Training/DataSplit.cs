namespace LrNotebooks.Training;

/// <summary>A training set and a held-out validation set with the same features and classes.</summary>
public sealed record DataSplit
{
    /// <summary>Pairs a training and a validation set.</summary>
    /// <param name="train">The rows the optimizer sees.</param>
    /// <param name="validation">The rows used only to measure generalisation; same feature and class counts as <paramref name="train"/>.</param>
    public DataSplit(Dataset train, Dataset validation)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        if (train.FeatureCount != validation.FeatureCount || train.ClassCount != validation.ClassCount)
            throw new ArgumentException(
                $"validation must have the same shape as train ({train.FeatureCount} features, {train.ClassCount} classes), but had {validation.FeatureCount} features and {validation.ClassCount} classes.",
                nameof(validation));
        Train = train;
        Validation = validation;
    }

    /// <summary>The rows the optimizer sees.</summary>
    public Dataset Train { get; }

    /// <summary>The rows used only to measure generalisation after each epoch.</summary>
    public Dataset Validation { get; }

    /// <summary>The number of features per row.</summary>
    public int FeatureCount => Train.FeatureCount;

    /// <summary>The number of classes.</summary>
    public int ClassCount => Train.ClassCount;
}
