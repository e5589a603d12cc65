namespace LrNotebooks.Course;

/// <summary>Settings of <see cref="EdgeOfStabilityClaims.Run"/>; the defaults are the notebook's.</summary>
public sealed record EdgeOfStabilitySettings
{
    /// <summary>Hidden layer sizes of the digits network.</summary>
    public IReadOnlyList<int> Hidden { get; init; } = [64, 64];

    /// <summary>Full-batch gradient-descent steps.</summary>
    public int Steps { get; init; } = 150;

    /// <summary>Steps between sharpness measurements.</summary>
    public int Every { get; init; } = 10;

    /// <summary>First step of the window whose median sharpness is compared with 2/η.</summary>
    public int WindowStart { get; init; } = 40;

    /// <summary>Seed of the initial parameters.</summary>
    public int Seed { get; init; }
}
