/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

/**
 * MutualPartyKind:
 * @MUTUAL_PARTY_KIND_PUBLIC_BODY: a contracting authority: a government department, council or NHS body
 * @MUTUAL_PARTY_KIND_COMPANY: a company limited by shares (the mutual, a partner, a holding company)
 * @MUTUAL_PARTY_KIND_GUARANTEE_COMPANY: a company limited by guarantee; members vote, one member one vote
 * @MUTUAL_PARTY_KIND_COOPERATIVE: a co-operative society; one member one vote
 * @MUTUAL_PARTY_KIND_COMMUNITY_BENEFIT_SOCIETY: a community benefit society; one member one vote
 * @MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST: an employee ownership trust (TCGA 1992 s236H); trustees hold for all eligible employees
 * @MUTUAL_PARTY_KIND_EMPLOYEE_BENEFIT_TRUST: an employee benefit trust; trustees hold for employees
 * @MUTUAL_PARTY_KIND_TRUST: any other trust
 * @MUTUAL_PARTY_KIND_PERSON: an individual: an employee, a director, a trustee
 *
 * The legal form of a party.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_PARTY_KIND_PUBLIC_BODY,
  MUTUAL_PARTY_KIND_COMPANY,
  MUTUAL_PARTY_KIND_GUARANTEE_COMPANY,
  MUTUAL_PARTY_KIND_COOPERATIVE,
  MUTUAL_PARTY_KIND_COMMUNITY_BENEFIT_SOCIETY,
  MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST,
  MUTUAL_PARTY_KIND_EMPLOYEE_BENEFIT_TRUST,
  MUTUAL_PARTY_KIND_TRUST,
  MUTUAL_PARTY_KIND_PERSON,
} MutualPartyKind;

/**
 * MutualVoteBasis:
 * @MUTUAL_VOTE_BASIS_NONE: the party has no members or shares to vote with (a person, a trust, a public body)
 * @MUTUAL_VOTE_BASIS_PER_SHARE: votes follow the shares held, class by class
 * @MUTUAL_VOTE_BASIS_PER_MEMBER: each member has the votes of its membership, by default one
 *
 * How votes in a party are counted.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_VOTE_BASIS_NONE,
  MUTUAL_VOTE_BASIS_PER_SHARE,
  MUTUAL_VOTE_BASIS_PER_MEMBER,
} MutualVoteBasis;

MUTUAL_AVAILABLE_IN_ALL
MutualVoteBasis mutual_party_kind_get_vote_basis (MutualPartyKind kind);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_party_kind_is_trust       (MutualPartyKind kind);
MUTUAL_AVAILABLE_IN_ALL
const char     *mutual_party_kind_to_string      (MutualPartyKind kind);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_party_kind_from_string    (const char      *text,
                                                  MutualPartyKind *out_kind);

/**
 * MutualProfitDistribution:
 * @MUTUAL_PROFIT_DISTRIBUTION_UNRESTRICTED: the articles let profits be distributed to anyone entitled (the default for a company)
 * @MUTUAL_PROFIT_DISTRIBUTION_REINVESTED: not for profit: the articles require profits to be reinvested in the party's objects
 * @MUTUAL_PROFIT_DISTRIBUTION_MEMBERS_ONLY: the articles allow profits to be distributed only to the party's members
 *
 * What a party's articles (or rules) say about distributing its profits,
 * as the public service mutual tests ask it (PCR 2015 reg 77(4)(b),
 * Procurement Act 2023 s33(6)(b)).
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_PROFIT_DISTRIBUTION_UNRESTRICTED,
  MUTUAL_PROFIT_DISTRIBUTION_REINVESTED,
  MUTUAL_PROFIT_DISTRIBUTION_MEMBERS_ONLY,
} MutualProfitDistribution;

#define MUTUAL_TYPE_PARTY (mutual_party_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualParty, mutual_party, MUTUAL, PARTY, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualParty *mutual_party_new (const char *id,
                               const char *name,
                               MutualPartyKind kind);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_party_get_id (MutualParty *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_party_get_name (MutualParty *self);
MUTUAL_AVAILABLE_IN_ALL
MutualPartyKind mutual_party_get_kind (MutualParty *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_party_get_company_number (MutualParty *self);
MUTUAL_AVAILABLE_IN_ALL
guint mutual_party_get_board_size (MutualParty *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean mutual_party_get_keeps_psc_register (MutualParty *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_party_get_employer (MutualParty *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_party_get_beneficiary_employer (MutualParty *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const *mutual_party_get_trustees (MutualParty *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean mutual_party_get_public_service_mission (MutualParty *self);
MUTUAL_AVAILABLE_IN_ALL
MutualProfitDistribution mutual_party_get_profit_distribution (MutualParty *self);

G_END_DECLS
