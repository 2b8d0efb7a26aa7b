extension NoticeLanguage {
    /// Polish, as OneTrust, Cookiebot, CookieYes and the IAB TCF Polish UI word it. Polish counts
    /// agree with the number (2–4 "partnerzy mogą", 5+ "partnerów może"), so both forms are listed.
    public static let polish = NoticeLanguage(
        code: "pl",
        name: "Polish",
        detectionWords: [
            "w", "z", "na", "do", "nie", "się", "że", "jest", "są", "oraz", "lub", "dla", "przez", "twoje", "twoich",
            "twoim", "nasi", "naszych", "nasze", "naszej", "możesz", "mogą", "może", "to", "te", "ten", "od", "po",
            "jak", "ich", "przy", "które", "który", "danych", "zgodę", "plików",
        ],
        totalPartnerPatterns: [
            "my i nasi # partnerzy", "nasi # partnerzy", "my i nasi # zaufani partnerzy", "naszych # partnerów",
            "wraz z naszymi # partnerami", "naszymi # partnerami", "my i nasi partnerzy (#)",
        ],
        itemPartnerPatterns: [
            "# partnerów może korzystać z tego celu", "# partnerów może używać tego celu",
            "# partnerów może wykorzystywać ten cel", "# partnerzy mogą korzystać z tego celu",
            "# partnerzy mogą używać tego celu", "# partnerów może korzystać z tego specjalnego celu",
            "# partnerów może korzystać z tej funkcji", "# partnerzy mogą korzystać z tej funkcji",
            "# partnerów może używać tej funkcji", "# partnerów może korzystać z tej specjalnej funkcji",
            "# dostawców może korzystać z tego celu", "# partnerów", "# partnerzy", "# dostawców",
        ],
        alwaysActive: [
            "zawsze aktywne", "zawsze aktywny", "zawsze aktywna", "zawsze aktywni", "zawsze włączone",
            "zawsze włączony", "zawsze wymagane",
        ],
        acceptAll: [
            "zaakceptuj wszystkie", "zaakceptuj wszystko", "zaakceptuj", "akceptuj wszystkie", "akceptuj wszystko",
            "akceptuj", "akceptuję", "akceptuję wszystkie", "zaakceptuj i zamknij", "akceptuj i zamknij",
            "zaakceptuj wszystkie pliki cookie", "zezwól na wszystkie", "zezwól na wszystko", "zezwól",
            "zgadzam się", "wyrażam zgodę", "przejdź do serwisu",
        ],
        rejectAll: [
            "odrzuć wszystkie", "odrzuć wszystko", "odrzuć", "odrzucam", "odrzuć wszystkie pliki cookie",
            "odrzuć i zamknij", "odmów", "odmów wszystkim", "nie zgadzam się", "tylko niezbędne",
            "tylko niezbędne pliki cookie", "kontynuuj bez akceptacji",
        ],
        manageChoices: [
            "ustawienia", "ustawienia plików cookie", "ustawienia cookie", "ustawienia prywatności",
            "zarządzaj preferencjami", "zarządzaj opcjami", "zarządzaj ustawieniami", "zarządzaj plikami cookie",
            "zarządzaj zgodami", "zarządzaj zgodą", "zmień ustawienia", "dostosuj", "dostosuj ustawienia",
            "preferencje", "więcej opcji", "pokaż cele", "centrum preferencji",
        ],
        saveChoices: [
            "zapisz", "zapisz ustawienia", "zapisz preferencje", "zapisz moje preferencje", "zapisz wybór",
            "zapisz i zamknij", "zapisz i wyjdź", "potwierdź moje wybory", "potwierdź wybór", "zezwól na wybór",
            "zezwól na wybrane",
        ],
        controlWords: ControlWords(
            accept: ["akceptuj", "akceptuję", "zaakceptuj", "zaakceptować", "akceptuje", "zgadzam", "zgoda", "zezwól", "pozwól", "ok", "rozumiem", "tak"],
            reject: ["odrzuć", "odrzucam", "odrzuc", "odmów", "odrzucić"],
            negation: ["bez", "nie"],
            necessary: ["niezbędne", "niezbędnych", "wymagane", "konieczne"],
            only: ["tylko", "jedynie"],
            selection: ["wybór", "wybrane", "zaznaczone"],
            save: ["zapisz", "zapisać", "potwierdź"],
            manage: ["ustawienia", "ustawień", "dostosuj", "zarządzaj", "preferencje", "opcje", "szczegóły"],
            close: ["zamknij", "anuluj"],
            all: ["wszystkie", "wszystko"],
            filler: ["wszystkie", "wszystko", "i", "pliki", "plików", "cookie", "cookies", "moje", "się", "na", "zobacz", "pokaż", "prywatności", "prywatność"]
        ),
        controlExamples: [
            ("Pokaż szczegóły", .manageChoices),
            ("Ustawienia prywatności", .manageChoices),
            ("Zobacz preferencje", .manageChoices),
            ("Akceptuj wszystkie", .acceptAll),
            ("Zgadzam się", .acceptAll),
            ("Odrzuć wszystkie", .rejectAll),
            ("Tylko niezbędne", .rejectAll),
            ("Ustawienia", .manageChoices),
            ("Zapisz ustawienia", .saveChoices),
            ("Polityka prywatności", nil),
        ],
        preferenceCentreTitles: ["centrum preferencji prywatności", "centrum preferencji", "zarządzaj preferencjami zgody", "ustawienia plików cookie"],
        consentBasis: ["zgoda"],
        legitimateInterest: [
            "prawnie uzasadniony interes", "prawnie uzasadnionego interesu", "prawnie uzasadnionym interesie",
            "prawnie uzasadnione interesy", "prawnie uzasadnionych interesów", "uzasadniony interes",
            "uzasadnionego interesu", "uzasadnione interesy", "uzasadnionych interesów", "prawo sprzeciwu",
            "wnieść sprzeciw",
        ],
        noticeVocabulary: [
            "cookie", "cookies", "pliki cookie", "plików cookie", "zgoda", "zgody", "zgodę", "partnerzy", "partnerów",
            "dostawcy", "cele", "prywatność", "prywatności", "dane osobowe", "danych osobowych",
            "uzasadniony interes", "preferencje", "identyfikatory", "reklamy", "reklam", "profile", "urządzenie",
            "urządzeniu", "zaakceptuj wszystkie", "odrzuć wszystkie", "zawsze aktywne",
        ],
        categoryNames: [
            (.necessary, [
                "niezbędne", "niezbędny", "absolutnie niezbędne", "ściśle niezbędne", "konieczne", "wymagane",
                "podstawowe", "techniczne",
            ]),
            (.preferences, ["funkcjonalne", "funkcjonalny", "funkcjonalność", "preferencje", "preferencyjne", "personalizacja"]),
            (.statistics, [
                "wydajnościowe", "wydajność", "analityczne", "analityka", "statystyczne", "statystyki", "pomiarowe",
            ]),
            (.marketing, [
                "marketingowe", "marketing", "reklamowe", "reklama", "reklamy", "targetujące", "ukierunkowane",
                "media społecznościowe", "śledzące",
            ]),
            (.saleOfData, ["sprzedaż danych osobowych", "sprzedaż moich danych osobowych"]),
            (.other, ["niesklasyfikowane"]),
        ],
        cookieWords: ["pliki cookie", "plików cookie", "pliki cookies", "plików cookies", "cookie", "cookies", "ciasteczka", "technologie"],
        cookieUseWords: ["używa", "używamy", "używają", "wykorzystuje", "wykorzystujemy", "stosuje", "stosujemy", "korzysta", "korzystamy"],
        cookieUseExample: "Ta strona używa plików cookie, aby zapewnić najlepsze doświadczenia."
    )
}
