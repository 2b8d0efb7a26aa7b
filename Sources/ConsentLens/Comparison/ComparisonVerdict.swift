/// The comparison's one-sentence conclusion, made only from its figures: which notice scores
/// higher and by how much, the partner totals, what only the higher one asks for, and whether the
/// points the pages cannot show could reverse the order.
enum ComparisonVerdict {
    /// Scores closer than this are called "about the same": one partner tier or one special
    /// feature is not a difference a reader should act on.
    static let closeScores = 5

    static func sentence(for c: PolicyComparison) -> FindingText {
        let nameA: FindingText = "A (\(fileName(c.a.path)))", nameB: FindingText = "B (\(fileName(c.b.path)))"
        guard let scoreA = c.a.score, let scoreB = c.b.score else {
            switch (c.a.noticeFound, c.b.noticeFound) {
            case (false, false): return "Neither file holds a consent notice, so there is nothing to compare."
            case (true, false): return "Only \(nameA) holds a consent notice; \(nameB) has none in the saved file, so the policies cannot be compared."
            default: return "Only \(nameB) holds a consent notice; \(nameA) has none in the saved file, so the policies cannot be compared."
            }
        }
        let gradeA = FindingText(own: c.a.grade!.rawValue), gradeB = FindingText(own: c.b.grade!.rawValue)
        var sentence: FindingText
        if abs(scoreB - scoreA) < closeScores {
            sentence = "\(nameA) and \(nameB) ask for about as much: they score \(scoreA) (\(gradeA)) and \(scoreB) (\(gradeB))"
            if let pa = c.a.totalPartners, let pb = c.b.totalPartners {
                sentence += ", with \(pa) and \(pb) partners"
            }
        } else {
            let bHigher = scoreB > scoreA
            let (high, low) = bHigher ? (nameB, nameA) : (nameA, nameB)
            let (hs, ls) = bHigher ? (scoreB, scoreA) : (scoreA, scoreB)
            let (hg, lg) = bHigher ? (gradeB, gradeA) : (gradeA, gradeB)
            sentence = "\(high) asks for more than \(low): it scores \(hs) (\(hg)) against \(ls) (\(lg))"
            let (hp, lp) = bHigher ? (c.b.totalPartners, c.a.totalPartners) : (c.a.totalPartners, c.b.totalPartners)
            if let hp, let lp {
                sentence += hp >= lp ? ", with \(hp) partners against \(lp)" : ", although it names fewer partners (\(hp) against \(lp))"
            }
            let only = bHigher ? c.onlyInBText : c.onlyInAText
            if !only.isEmpty {
                let listed: FindingText = only.count > 3 ? Array(only.prefix(3)).joined(separator: ", ") + " and \(only.count - 3) more" : ItemLabel.list(only)
                sentence += ", and only \(bHigher ? FindingText("B") : "A") asks for \(listed)"
            }
        }
        sentence += "."
        let stakeA = c.a.pointsAtStake ?? 0, stakeB = c.b.pointsAtStake ?? 0
        if stakeA > 0 || stakeB > 0 {
            let lowerCouldOvertake = scoreA < scoreB ? scoreA + stakeA > scoreB : scoreB + stakeB > scoreA
            let close = abs(scoreB - scoreA) < closeScores
            sentence += " Up to \(stakeA) points for A and \(stakeB) for B depend on facts the saved pages cannot show"
            sentence += close || !lowerCouldOvertake ? "." : ", enough to change the order."
        }
        return sentence
    }

    static func fileName(_ path: String) -> String {
        path == "-" ? "standard input" : path.split(separator: "/").last.map(String.init) ?? path
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
