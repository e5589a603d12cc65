namespace LrNotebooks.Core.Schedules;

/// <summary>
/// The shape of the final cool-down of <see cref="WarmupStableDecaySchedule"/>, as a factor <c>f(u)</c> that falls
/// from 1 at the start of the cool-down (<c>u = 0</c>) to 0 at its end (<c>u = 1</c>).
/// </summary>
public enum CooldownShape
{
    /// <summary><c>f(u) = 1 − u</c>: a straight line (MiniCPM, Hu et al. 2024, and Hägele et al. 2024's baseline).</summary>
    Linear,

    /// <summary><c>f(u) = 1 − √u</c>: drops fast at first, then slowly; the best shape in Hägele et al. 2024.</summary>
    OneMinusSqrt,

    /// <summary><c>f(u) = (1 + cos(π·u)) / 2</c>: half a cosine, as in cosine annealing.</summary>
    Cosine,
}
