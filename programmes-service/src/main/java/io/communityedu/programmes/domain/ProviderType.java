package io.communityedu.programmes.domain;

/** Kinds of partners that deliver teaching. */
public enum ProviderType {
    COMMUNITY_SCHOOL, COMMUNITY_COLLEGE, TRAINING_INSTITUTION, SCHOOL, CIVIL_SOCIETY_GROUP, GOVERNMENT, OTHER
}
