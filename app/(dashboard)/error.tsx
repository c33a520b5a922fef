"use client";

export { default } from "@/components/states/page-error";
