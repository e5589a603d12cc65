namespace LrNotebooks.Core.Schedules;

/// <summary>The amplitude policy of <see cref="CyclicSchedule"/> (PyTorch's <c>mode</c>, Smith 2017's policies).</summary>
public enum CyclicMode
{
    /// <summary>Every cycle spans the full range from the base to the maximum rate.</summary>
    Triangular,

    /// <summary>The amplitude halves after every cycle: scale <c>1 / 2^(cycle − 1)</c>.</summary>
    Triangular2,

    /// <summary>The amplitude decays with every step: scale <c>gamma^t</c>.</summary>
    ExpRange,
}
