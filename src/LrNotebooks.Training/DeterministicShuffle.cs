namespace LrNotebooks.Training;

/// <summary>
/// The project's own Fisher-Yates shuffle. <see cref="Random.Shuffle{T}(T[])"/> is not used because its
/// algorithm is not part of its contract; this one gives the same order for the same seed on every runtime.
/// </summary>
internal static class DeterministicShuffle
{
    /// <summary>Shuffles in place: for i = n-1 .. 1, swap items[i] with items[random.Next(i + 1)].</summary>
    public static void Shuffle(Span<int> items, Random random)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
