//! A small deterministic generator (xorshift64*) and day arithmetic: the demo data set
//! must come out the same on every load, so nothing here reads the system's entropy.
use crate::types::format_date;
use time::{Date, Duration};

pub(super) struct Rng(u64);

impl Rng {
    /// Each area of the data set has its own seed, so that changing one area does not
    /// reshuffle the others.
    pub fn new(seed: u64) -> Self {
        Self(seed | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        debug_assert!(lo <= hi);
        let span = (hi - lo) as u64 + 1;
        lo + ((self.next() >> 11) % span) as i64
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        (self.next() >> 11) % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.range(0, items.len() as i64 - 1) as usize]
    }

    /// Exactly `k` of `n` positions chosen (a partial Fisher–Yates shuffle).
    pub fn choose(&mut self, n: usize, k: usize) -> Vec<bool> {
        let mut order: Vec<usize> = (0..n).collect();
        for i in 0..k.min(n) {
            let j = self.range(i as i64, n as i64 - 1) as usize;
            order.swap(i, j);
        }
        let mut chosen = vec![false; n];
        for &i in &order[..k.min(n)] {
            chosen[i] = true;
        }
        chosen
    }

    /// `n` random decimal digits.
    pub fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.range(0, 9) as u8))
            .collect()
    }
}

/// Days counted back from today; every date of the data set is written this way so
/// that it is never in the future, whenever the data set is loaded.
#[derive(Debug, Clone, Copy)]
pub(super) struct Days {
    pub today: Date,
}

impl Days {
    pub fn ago(&self, days: i64) -> Date {
        self.today - Duration::days(days.max(0))
    }

    /// `YYYY-MM-DD` of the day `days` ago (never after today).
    pub fn iso(&self, days: i64) -> String {
        format_date(self.ago(days))
    }

    /// `YYYY-MM-DD` of a day after today (hearings and due dates may lie ahead).
    pub fn ahead(&self, days: i64) -> String {
        format_date(self.today + Duration::days(days))
    }

    /// `YYYY-MM-DD` `later` days after the day `ago` days back; may lie ahead of today
    /// (a performance or transfer due date).
    pub fn after(&self, ago: i64, later: i64) -> String {
        format_date(self.today - Duration::days(ago) + Duration::days(later))
    }

    /// RFC 3339 of `hh:mm` Beijing time on the day `days` ago.
    pub fn at(&self, days: i64, hour: u8, minute: u8) -> String {
        format!("{}T{hour:02}:{minute:02}:00+08:00", self.iso(days))
    }
}
