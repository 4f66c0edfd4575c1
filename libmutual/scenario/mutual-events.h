/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include "mutual-event.h"

G_BEGIN_DECLS

/* The built-in kinds of event, one file each in events/. Their parameters
 * are properties; see each file for what it checks and does. */

#define MUTUAL_TYPE_ADD_PARTY_EVENT (mutual_add_party_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualAddPartyEvent, mutual_add_party_event, MUTUAL, ADD_PARTY_EVENT, MutualEvent)

#define MUTUAL_TYPE_ISSUE_SHARES_EVENT (mutual_issue_shares_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualIssueSharesEvent, mutual_issue_shares_event, MUTUAL, ISSUE_SHARES_EVENT, MutualEvent)

#define MUTUAL_TYPE_TRANSFER_SHARES_EVENT (mutual_transfer_shares_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualTransferSharesEvent, mutual_transfer_shares_event, MUTUAL, TRANSFER_SHARES_EVENT, MutualEvent)

#define MUTUAL_TYPE_BUY_BACK_SHARES_EVENT (mutual_buy_back_shares_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualBuyBackSharesEvent, mutual_buy_back_shares_event, MUTUAL, BUY_BACK_SHARES_EVENT, MutualEvent)

#define MUTUAL_TYPE_CREATE_SHARE_CLASS_EVENT (mutual_create_share_class_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualCreateShareClassEvent, mutual_create_share_class_event, MUTUAL, CREATE_SHARE_CLASS_EVENT, MutualEvent)

#define MUTUAL_TYPE_CONVERT_SHARES_EVENT (mutual_convert_shares_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualConvertSharesEvent, mutual_convert_shares_event, MUTUAL, CONVERT_SHARES_EVENT, MutualEvent)

#define MUTUAL_TYPE_SUBDIVIDE_SHARES_EVENT (mutual_subdivide_shares_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualSubdivideSharesEvent, mutual_subdivide_shares_event, MUTUAL, SUBDIVIDE_SHARES_EVENT, MutualEvent)

#define MUTUAL_TYPE_CONSOLIDATE_SHARES_EVENT (mutual_consolidate_shares_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualConsolidateSharesEvent, mutual_consolidate_shares_event, MUTUAL, CONSOLIDATE_SHARES_EVENT, MutualEvent)

#define MUTUAL_TYPE_ADMIT_MEMBER_EVENT (mutual_admit_member_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualAdmitMemberEvent, mutual_admit_member_event, MUTUAL, ADMIT_MEMBER_EVENT, MutualEvent)

#define MUTUAL_TYPE_REMOVE_MEMBER_EVENT (mutual_remove_member_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualRemoveMemberEvent, mutual_remove_member_event, MUTUAL, REMOVE_MEMBER_EVENT, MutualEvent)

#define MUTUAL_TYPE_GRANT_BOARD_RIGHT_EVENT (mutual_grant_board_right_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualGrantBoardRightEvent, mutual_grant_board_right_event, MUTUAL, GRANT_BOARD_RIGHT_EVENT, MutualEvent)

#define MUTUAL_TYPE_REMOVE_BOARD_RIGHT_EVENT (mutual_remove_board_right_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualRemoveBoardRightEvent, mutual_remove_board_right_event, MUTUAL, REMOVE_BOARD_RIGHT_EVENT, MutualEvent)

#define MUTUAL_TYPE_EXIT_EVENT (mutual_exit_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualExitEvent, mutual_exit_event, MUTUAL, EXIT_EVENT, MutualEvent)

#define MUTUAL_TYPE_TRUST_ALLOCATION_EVENT (mutual_trust_allocation_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualTrustAllocationEvent, mutual_trust_allocation_event, MUTUAL, TRUST_ALLOCATION_EVENT, MutualEvent)

#define MUTUAL_TYPE_TUPE_TRANSFER_EVENT (mutual_tupe_transfer_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualTupeTransferEvent, mutual_tupe_transfer_event, MUTUAL, TUPE_TRANSFER_EVENT, MutualEvent)

#define MUTUAL_TYPE_AWARD_CONTRACT_EVENT (mutual_award_contract_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualAwardContractEvent, mutual_award_contract_event, MUTUAL, AWARD_CONTRACT_EVENT, MutualEvent)

#define MUTUAL_TYPE_END_CONTRACT_EVENT (mutual_end_contract_event_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualEndContractEvent, mutual_end_contract_event, MUTUAL, END_CONTRACT_EVENT, MutualEvent)

G_END_DECLS
