package dev.dealfocus.core.decision;

import static dev.dealfocus.core.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.PolicyBuilder;
import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeAndConsentTest {
    private final DealAssessor assessor = new DealAssessor(Fixtures.policy(), Fixtures.CLOCK);

    @Test
    void givenOptOutField_leftAlone_isOptedOut() {
        assertThat(assessor.leftAlone(deal().property("dealfocus_exclude", "true").build())).contains(LeftAlone.OPTED_OUT);
        assertThat(assessor.leftAlone(deal().property("dealfocus_exclude", "false").build())).isEmpty();
    }

    @Test
    void givenScopeFilters_leftAlone_skipsOtherPipelinesOwnersAndTeams() {
        DealAssessor scoped = new DealAssessor(new PolicyBuilder()
                .scope(new ScopePolicy(Set.of("sales"), Set.of("O-1"), Set.of("T-1"), "dealfocus_exclude")).build(), Fixtures.CLOCK);
        assertThat(scoped.leftAlone(deal().pipeline("sales").build())).isEmpty();
        assertThat(scoped.leftAlone(deal().pipeline("partners").build())).contains(LeftAlone.PIPELINE_NOT_IN_SCOPE);
        assertThat(scoped.leftAlone(deal().pipeline("sales").owner("O-2", "T-1").build())).contains(LeftAlone.OWNER_NOT_IN_SCOPE);
        assertThat(scoped.leftAlone(deal().pipeline("sales").owner("O-1", "T-9").build())).contains(LeftAlone.TEAM_NOT_IN_SCOPE);
    }

    @Test
    void givenOneOptedOutContactAmongThree_assess_dealConsentIsOptedOut() {
        Assessment a = assessor.assess(deal().contacts(new Contact("C-1", "CHAMPION", Consent.OPTED_IN),
                new Contact("C-2", "DECISION_MAKER", Consent.OPTED_OUT), new Contact("C-3", null, Consent.UNKNOWN)).build(), Fixtures.NOW,
                null, TeamMedians.none());
        assertThat(a.consent()).isEqualTo(Consent.OPTED_OUT);
    }

    @Test
    void givenAllContactsOptedIn_assess_dealConsentIsOptedIn() {
        Assessment a = assessor.assess(deal().contacts(new Contact("C-1", null, Consent.OPTED_IN),
                new Contact("C-2", null, Consent.OPTED_IN)).build(), Fixtures.NOW, null, TeamMedians.none());
        assertThat(a.consent()).isEqualTo(Consent.OPTED_IN);
    }

    @Test
    void givenNoContacts_assess_consentIsUnknown() {
        assertThat(assessor.assess(deal().contacts().build(), Fixtures.NOW, null, TeamMedians.none()).consent()).isEqualTo(Consent.UNKNOWN);
    }
}
